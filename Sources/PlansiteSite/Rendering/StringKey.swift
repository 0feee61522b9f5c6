/// The words Swift puts on pages itself (navigation, labels it builds into view models), by
/// their key in `templates/strings/<language>.yaml`. Templates name their own words as
/// `{{t.key}}`; these are the keys plansite asks for, so `check` can report a strings file that
/// lacks one (PS056) before any page is built. Add a case and the key to every strings file.
public enum StringKey: String, CaseIterable, Sendable {
  case navHome = "nav_home"
  case navPlan = "nav_plan"
  case navTargets = "nav_targets"
  case navUnits = "nav_units"
  case navActionMonth = "nav_action_month"
  case navCalendar = "nav_calendar"
  case layoutSearchPlaceholder = "layout_search_placeholder"
  case layoutSampleText = "layout_sample_text"
  case unitsGeneric = "units_generic"
  case planTargetsHeading = "plan_targets_heading"
  case deadlineOutcomeOnTime = "deadline_outcome_on_time"
  case deadlineOutcomeLate = "deadline_outcome_late"
  case deadlineOutcomeMissing = "deadline_outcome_missing"
  case changeBetter = "change_better"
  case changeWorse = "change_worse"
  case changeCommonUnits = "change_common_units"
  case expectationClosed = "expectation_closed"
  case expectationRunning = "expectation_running"
  case expectationCeiling = "expectation_ceiling"
  case expectationMilestone = "expectation_milestone"
  case expectationMilestoneBaseline = "expectation_milestone_baseline"
  case targetNoteProportional = "target_note_proportional"
  case targetNotePerUnit = "target_note_per_unit"
  case targetNotePerUnitCeiling = "target_note_per_unit_ceiling"
  case targetNoteZeroCeiling = "target_note_zero_ceiling"
  case targetNoteNotAssigned = "target_note_not_assigned"
  /// "Chỉ tiêu {id}": the crumb back to an indicator from the pages of its table.
  case crumbIndicator = "crumb_indicator"
  case rankingTitle = "ranking_title"
}
