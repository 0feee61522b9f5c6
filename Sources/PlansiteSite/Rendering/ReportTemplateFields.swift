import Mustache

// The report's view models repeated per indicator, bar and cell (a unit's report is rendered
// for every unit and period: 20,000 pages at national scale) answer Mustache's lookups with a
// switch instead of reflection, as in TemplateFields.swift; `ReportTemplateFieldsTests` checks
// each switch against the struct's own fields.

extension ReportIndicatorView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "id": return id
    case "label": return label
    case "target": return target
    case "value": return value
    case "detail": return detail
    case "status": return status
    case "reported": return reported
    case "expected": return expected
    default: return nil
    }
  }
}

extension ReportChartBarView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "id": return id
    case "label": return label
    case "value": return value
    case "target": return target
    case "statusKey": return statusKey
    case "statusIcon": return statusIcon
    case "statusLabel": return statusLabel
    case "textY": return textY
    case "barY": return barY
    case "hasBar": return hasBar
    case "width": return width
    case "valueX": return valueX
    case "hasTargetMark": return hasTargetMark
    case "targetX": return targetX
    case "markTop": return markTop
    case "markBottom": return markBottom
    default: return nil
    }
  }
}

extension ReportCellView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "text": return text
    case "statusKey": return statusKey
    case "statusIcon": return statusIcon
    case "statusLabel": return statusLabel
    default: return nil
    }
  }
}

extension ReportAppendixRowView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "id": return id
    case "label": return label
    case "target": return target
    case "province": return province
    case "cells": return cells
    default: return nil
    }
  }
}

extension ReportEventItemView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "title": return title
    case "dates": return dates
    default: return nil
    }
  }
}
