/** An action's due date as an iCalendar (RFC 5545) all-day event, made on the device. Pure. */

export interface CalendarAction {
  /** Stable id, so re-importing the file updates the event instead of adding a second one. */
  id: string;
  what: string;
  owner?: string;
  /** YYYY-MM-DD */
  due: string;
  /** Where the action came from, e.g. "After Action Review: Ward 5 handover". */
  from?: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Escapes TEXT values: backslash, semicolon, comma, and every kind of line break as \n (RFC 5545
 * 3.3.11). Control characters, which TEXT may not hold (tab aside), are dropped: a bare CR from an old
 * note can never end the line and start a property of its own.
 */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n?|[\n\u0085\u2028\u2029]/g, '\\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000A-\u001F\u007F-\u009F]/g, '')
  );
}

/** Folds a content line to at most 75 octets per line, continuation lines starting with a space (3.1). */
export function foldLine(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const charSize = new TextEncoder().encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines lose one octet to the leading space
    if (size + charSize > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += charSize;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function compactDate(date: string): string {
  const match = DATE.exec(date);
  if (!match) throw new RangeError(`"${date}" is not a date in the form YYYY-MM-DD`);
  const [, y, m, d] = match;
  const check = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (check.getUTCMonth() !== Number(m) - 1) throw new RangeError(`"${date}" is not a real date`);
  return `${y}${m}${d}`;
}

function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** One VCALENDAR with one all-day VEVENT on the due date. `now` stamps the file (DTSTAMP). */
export function actionToICalendar(action: CalendarAction, now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const summary = action.owner ? `${action.what} (${action.owner})` : action.what;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Mobilise//Knowledge Mobilisation//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${action.id.replace(/[^A-Za-z0-9_-]/g, '') || 'action'}@mobilise.local`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compactDate(action.due)}`,
    `DTEND;VALUE=DATE:${compactDate(nextDay(action.due))}`,
    `SUMMARY:${escapeText(summary)}`,
    ...(action.from
      ? [`DESCRIPTION:${escapeText(`Action from ${action.from}. Made with Mobilise.`)}`]
      : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
