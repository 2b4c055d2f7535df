import ICAL from 'ical.js';

/**
 * A strict reading of an exported iCalendar file, independent of the writer: ical.js parses it,
 * then every property is checked against the value type RFC 5545 gives it. Returns the problems
 * found, one sentence each, so a failing test says what is wrong and where.
 *
 * - the file: CRLF line ends, content lines folded at 75 octets, VERSION 2.0 and PRODID once;
 * - DTSTAMP, CREATED, LAST-MODIFIED: UTC date-times (ending in Z) (RFC 5545 3.8.7);
 * - DTSTART, DTEND, EXDATE: a date-time with a TZID that has a VTIMEZONE in the file, or a DATE
 *   for an all-day event (DTSTART, DTEND and EXDATE of one event all of the same kind);
 *   DTEND after DTSTART;
 * - RRULE UNTIL: a UTC date-time when DTSTART is a date-time with a TZID, a DATE for an all-day
 *   DTSTART (RFC 5545 3.3.10);
 * - UID present and unique in the file, SEQUENCE a non-negative 32-bit integer, STATUS one of the
 *   event statuses;
 * - LOCATION, SUMMARY, DESCRIPTION: one text value each, with commas and semicolons escaped;
 * - ORGANIZER, ATTENDEE: a mailto: address with a CN; ATTENDEE only in an event with an ORGANIZER.
 */
export function calendarProblems(text: string): string[] {
  const problems: string[] = [];
  const problem = (where: string, what: string) => problems.push(`${where}: ${what}`);

  if (!text.endsWith('\r\n') || /[^\r]\n/.test(text)) problem('file', 'lines must end in CRLF');
  const physical = text.split('\r\n');
  physical.forEach((line, i) => {
    if (Buffer.byteLength(line, 'utf8') > 75) problem(`line ${i + 1}`, 'longer than 75 octets (not folded)');
  });
  // Unfolded content lines, for the checks on the text as written (escaping).
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');

  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(text) as unknown[]);
  } catch (error) {
    return [`file: ical.js cannot parse it (${String(error)})`];
  }
  if (root.name !== 'vcalendar') return [`file: the top component is ${root.name}, not VCALENDAR`];
  for (const name of ['version', 'prodid']) {
    if (root.getAllProperties(name).length !== 1) problem('VCALENDAR', `needs exactly one ${name.toUpperCase()}`);
  }
  if (root.getFirstPropertyValue('version') !== '2.0') problem('VCALENDAR', 'VERSION must be 2.0');

  const zones = new Set(root.getAllSubcomponents('vtimezone').map((z) => String(z.getFirstPropertyValue('tzid'))));
  const uids = new Map<string, number>();

  root.getAllSubcomponents('vevent').forEach((event, index) => {
    const uid = String(event.getFirstPropertyValue('uid') ?? '');
    const where = `VEVENT ${index + 1} (${uid || 'no UID'})`;
    const props = (name: string) => event.getAllProperties(name);
    const once = (name: string, required: boolean) => {
      const count = props(name).length;
      if (count > 1 || (required && count === 0)) problem(where, `needs ${required ? 'exactly' : 'at most'} one ${name.toUpperCase()}`);
    };
    for (const name of ['uid', 'dtstamp', 'dtstart']) once(name, true);
    for (const name of ['dtend', 'sequence', 'status', 'summary', 'description', 'location', 'organizer', 'created', 'last-modified']) {
      once(name, false);
    }

    if (!uid) problem(where, 'UID is empty');
    uids.set(uid, (uids.get(uid) ?? 0) + 1);

    // Timestamps are UTC.
    for (const name of ['dtstamp', 'created', 'last-modified']) {
      for (const p of props(name)) {
        const value = String(p.getFirstValue());
        if (p.type !== 'date-time' || !value.endsWith('Z') || p.getParameter('tzid')) {
          problem(where, `${name.toUpperCase()} must be a UTC date-time ending in Z, is ${p.type} ${value}`);
        }
      }
    }

    // Start, end and excluded dates: zoned date-times with a VTIMEZONE, or dates.
    const start = event.getFirstProperty('dtstart');
    const allDay = start?.type === 'date';
    for (const name of ['dtstart', 'dtend', 'exdate']) {
      for (const p of props(name)) {
        const values = p.getValues().map(String);
        if (allDay) {
          if (p.type !== 'date') problem(where, `${name.toUpperCase()} must be a DATE like DTSTART, is ${p.type}`);
          continue;
        }
        const tzid = p.getParameter('tzid');
        if (p.type !== 'date-time') problem(where, `${name.toUpperCase()} must be a date-time, is ${p.type}`);
        if (typeof tzid !== 'string' || !zones.has(tzid)) {
          problem(where, `${name.toUpperCase()} needs a TZID with a VTIMEZONE in the file, has ${String(tzid)}`);
        }
        if (values.some((v) => v.endsWith('Z'))) problem(where, `${name.toUpperCase()} has a TZID and must not end in Z`);
      }
    }
    const end = event.getFirstProperty('dtend');
    if (start && end && String(end.getFirstValue()) <= String(start.getFirstValue())) problem(where, 'DTEND is not after DTSTART');

    for (const p of props('rrule')) {
      const until = (p.getFirstValue() as ICAL.Recur).until;
      if (!until) continue;
      const value = until.toString();
      if (allDay ? !until.isDate : until.isDate || !value.endsWith('Z')) {
        problem(where, `RRULE UNTIL must be ${allDay ? 'a DATE' : 'a UTC date-time ending in Z'}, is ${value}`);
      }
    }

    for (const p of props('sequence')) {
      const n = p.getFirstValue() as unknown;
      if (p.type !== 'integer' || !Number.isInteger(n) || (n as number) < 0 || (n as number) > 2 ** 31 - 1) {
        problem(where, `SEQUENCE must be a non-negative 32-bit integer, is ${String(n)}`);
      }
    }
    for (const p of props('status')) {
      if (!['TENTATIVE', 'CONFIRMED', 'CANCELLED'].includes(String(p.getFirstValue())))
        problem(where, `STATUS ${String(p.getFirstValue())}`);
    }

    for (const name of ['summary', 'description', 'location']) {
      for (const p of props(name)) {
        if (p.type !== 'text' || p.getValues().length !== 1 || String(p.getFirstValue()).trim() === '') {
          problem(where, `${name.toUpperCase()} must be one non-empty text value`);
        }
      }
    }

    const addresses = [...props('organizer'), ...props('attendee')];
    for (const p of addresses) {
      const value = String(p.getFirstValue());
      if (p.type !== 'cal-address' || !/^mailto:[^@\s,;:"]+@[^@\s,;:"]+\.[^@\s,;:"]+$/i.test(value)) {
        problem(where, `${p.name.toUpperCase()} must be a mailto: address, is ${value}`);
      }
      if (!String(p.getParameter('cn') ?? '').trim()) problem(where, `${p.name.toUpperCase()} needs a CN (the person's name)`);
    }
    if (props('attendee').length > 0 && props('organizer').length === 0) problem(where, 'ATTENDEE without an ORGANIZER');
  });

  for (const [uid, count] of uids) if (count > 1) problem('file', `UID ${uid} is used by ${count} events`);

  // Text values as written: a comma or semicolon in them must be escaped (RFC 5545 3.3.11).
  for (const line of lines) {
    const match = /^(SUMMARY|DESCRIPTION|LOCATION)(;[^:]*)?:(.*)$/.exec(line);
    if (match && /(^|[^\\])(\\\\)*[,;]/.test(match[3]!)) problem(match[1]!, `unescaped comma or semicolon in "${match[3]}"`);
  }
  return problems;
}
