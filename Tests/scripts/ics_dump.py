#!/usr/bin/env python3
"""Dump iCalendar files as JSON, parsed by an independent reader (the `icalendar` package).

Usage: ics_dump.py FILE...

Prints one JSON array with one object per file, in argument order:
  {"file": path, "calname": X-WR-CALNAME or null,
   "events": [{"uid", "summary", "description", "location", "dtstart", "dtend",
               "has_alarm", "categories"}, ...]}
Dates are ISO 8601 ("2023-05-20"); dtend is as written (exclusive for all-day events).
Text is unescaped and unfolded by the parser, so tests compare it with the original strings.
Exits 1 if a file cannot be read or parsed.
"""
import json
import re
import sys

import icalendar


def text(component, name):
    value = component.get(name)
    return None if value is None else str(value)


def x_text(component, name):
    # icalendar leaves unknown X- properties raw, but their default type is TEXT (RFC 5545
    # §3.8.8.2), so undo the TEXT escaping (\\ \; \, \n) here.
    value = component.get(name)
    if value is None:
        return None
    raw = value.to_ical().decode("utf-8")
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), raw)


def iso(component, name):
    value = component.get(name)
    return None if value is None else value.dt.isoformat()


def categories(event):
    value = event.get("categories")
    if value is None:
        return []
    # Several CATEGORIES lines come back as a list of properties.
    props = value if isinstance(value, list) else [value]
    return [str(c) for prop in props for c in prop.cats]


def dump(path):
    with open(path, "rb") as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    events = [
        {
            "uid": text(event, "uid"),
            "summary": text(event, "summary"),
            "description": text(event, "description"),
            "location": text(event, "location"),
            "dtstart": iso(event, "dtstart"),
            "dtend": iso(event, "dtend"),
            "has_alarm": any(sub.name == "VALARM" for sub in event.subcomponents),
            "categories": categories(event),
        }
        for event in calendar.walk("VEVENT")
    ]
    return {"file": path, "calname": x_text(calendar, "x-wr-calname"), "events": events}


def main(paths):
    if not paths:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    try:
        result = [dump(path) for path in paths]
    except (OSError, ValueError) as error:
        print(f"ics_dump: {error}", file=sys.stderr)
        return 1
    # UTF-8 whatever the locale, so Vietnamese text reaches the caller intact.
    sys.stdout.reconfigure(encoding="utf-8")
    json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
