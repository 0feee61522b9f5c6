import Mustache

// The view models repeated hundreds of times per page (a row per district, a cell per
// indicator) answer Mustache's lookups with a switch instead of reflection. Names are the
// property names, exactly as templates use them; `TemplateFieldsTests` checks each switch
// against the struct's own fields, so the two cannot drift apart.

extension StatusView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "key": return key
    case "label": return label
    case "icon": return icon
    case "html": return PartialCache.html(self)
    default: return nil
    }
  }
}

extension LinkView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "label": return label
    case "href": return href
    case "current": return current
    default: return nil
    }
  }
}

extension FigureView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "text": return text
    case "detail": return detail
    case "status": return status
    case "bar": return bar
    case "coverage": return coverage
    case "targetNote": return targetNote
    case "notes": return notes
    case "hasData": return hasData
    case "cacheKey": return cacheKey
    case "html": return PartialCache.html(self)
    default: return nil
    }
  }
}

extension PeriodFigureView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "periodID": return periodID
    case "periodLabel": return periodLabel
    case "figure": return figure
    default: return nil
    }
  }
}

extension DistrictFigureRow: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "name": return self.name
    case "href": return href
    case "done": return done
    case "of": return of
    case "figure": return figure
    default: return nil
    }
  }
}

extension IndicatorRowView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "id": return id
    case "label": return label
    case "href": return href
    case "measure": return measure
    case "target": return target
    case "baseline": return baseline
    case "figures": return figures
    default: return nil
    }
  }
}

extension DistrictIndicatorRow: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "id": return id
    case "label": return label
    case "href": return href
    case "target": return target
    case "figures": return figures
    case "change": return change
    default: return nil
    }
  }
}

extension StatusCellView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "status": return status
    case "text": return text
    default: return nil
    }
  }
}

extension MatrixRowView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "name": return self.name
    case "href": return href
    case "cells": return cells
    default: return nil
    }
  }
}

extension DayEntryView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "title": return title
    case "href": return href
    case "kind": return kind
    case "continued": return continued
    case "continues": return continues
    default: return nil
    }
  }
}

extension DayNoteView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "count": return count
    case "href": return href
    default: return nil
    }
  }
}

extension DayCellView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "inMonth": return inMonth
    case "day": return day
    case "iso": return iso
    case "fullDate": return fullDate
    case "isToday": return isToday
    case "note": return note
    default: return nil
    }
  }
}

extension EventView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "anchor": return anchor
    case "title": return title
    case "dateText": return dateText
    case "fullDate": return fullDate
    case "time": return time
    case "place": return place
    case "organiser": return organiser
    case "audience": return audience
    case "district": return district
    case "districtHref": return districtHref
    case "descriptionHTML": return descriptionHTML
    case "isMultiDay": return isMultiDay
    case "isIllustration": return isIllustration
    default: return nil
    }
  }
}

extension ChartView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "id": return id
    case "name": return self.name
    case "targetID": return targetID
    case "indicatorID": return indicatorID
    case "unitName": return unitName
    case "periodLabel": return periodLabel
    case "countsIndicators": return countsIndicators
    case "target": return target
    case "height": return height
    case "rows": return rows
    case "hasRows": return hasRows
    default: return nil
    }
  }
}

extension ChartRowView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "name": return self.name
    case "indicatorID": return indicatorID
    case "isIndicator": return isIndicator
    case "value": return value
    case "target": return target
    case "status": return status
    case "isProvince": return isProvince
    case "hatched": return hatched
    case "textY": return textY
    case "barY": return barY
    case "hasBar": return hasBar
    case "width": return width
    case "hasTargetMark": return hasTargetMark
    case "targetX": return targetX
    case "markTop": return markTop
    case "markBottom": return markBottom
    case "label": return label
    case "summary": return summary
    case "valueText": return valueText
    case "statusKey": return statusKey
    default: return nil
    }
  }
}
