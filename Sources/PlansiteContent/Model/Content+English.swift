extension Content {
  /// The content as the English edition shows it: each `…_en` key given (`title_en`, `label_en`,
  /// `unit_en`, `text_en`, `footer_en`) replaces its Vietnamese value; where none is given the
  /// Vietnamese text shows. Ids, numbers and dates are unchanged.
  public func inEnglish() -> Content {
    var c = self
    c.site.title = site.titleEN ?? site.title
    c.site.footer = site.footerEN ?? site.footer
    c.plan.title = plan.titleEN ?? plan.title
    c.plan.periods = plan.periods.map { p in
      var p = p
      p.label = p.labelEN ?? p.label
      return p
    }
    c.plan.targets = plan.targets.map { t in
      var t = t
      t.title = t.titleEN ?? t.title
      t.text = t.textEN ?? t.text
      t.indicators = t.indicators.map { i in
        var i = i
        i.label = i.labelEN ?? i.label
        i.unit = i.unitEN ?? i.unit
        return i
      }
      return t
    }
    return c
  }
}
