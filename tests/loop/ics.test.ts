// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { actionToICalendar, escapeText, foldLine } from '../../src/loop/ics';

/** A small reader for what we write: unfolds lines, splits name;params:value, unescapes TEXT. */
function readICalendar(ics: string): Map<string, { params: string; value: string }> {
  const unfolded = ics.replace(/\r\n[ \t]/g, '');
  const props = new Map<string, { params: string; value: string }>();
  for (const line of unfolded.split('\r\n').filter(Boolean)) {
    const colon = line.indexOf(':');
    const [name, ...params] = line.slice(0, colon).split(';');
    const value = line
      .slice(colon + 1)
      .replace(/\\n/g, '\n')
      .replace(/\\([\\;,])/g, '$1');
    props.set(name, { params: params.join(';'), value });
  }
  return props;
}

const NOW = new Date('2026-11-23T10:30:00Z');

describe('actionToICalendar', () => {
  it('parses back with the due date as an all-day event and the action as its summary', () => {
    const ics = actionToICalendar(
      { id: 'a1', what: 'Update the handover checklist', owner: 'Sam', due: '2026-12-04' },
      NOW,
    );
    const props = readICalendar(ics);
    expect(props.get('DTSTART')).toEqual({ params: 'VALUE=DATE', value: '20261204' });
    expect(props.get('DTEND')?.value).toBe('20261205');
    expect(props.get('SUMMARY')?.value).toBe('Update the handover checklist (Sam)');
    expect(props.get('UID')?.value).toBe('a1@mobilise.local');
    expect(props.get('DTSTAMP')?.value).toBe('20261123T103000Z');
  });

  it('uses CRLF line endings and wraps the calendar around one event', () => {
    const ics = actionToICalendar({ id: 'a1', what: 'Call pharmacy', due: '2026-12-31' }, NOW);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(readICalendar(ics).get('DTEND')?.value).toBe('20270101');
  });

  it('keeps commas, semicolons, new lines and long text intact through a round trip', () => {
    const what =
      'Agree rota; brief bank staff, agency staff and students\non the new escalation route before the winter surge begins on every ward';
    const props = readICalendar(
      actionToICalendar(
        { id: 'a2', what, due: '2026-12-01', from: 'After Action Review: Night shift' },
        NOW,
      ),
    );
    expect(props.get('SUMMARY')?.value).toBe(what);
    expect(props.get('DESCRIPTION')?.value).toBe(
      'Action from After Action Review: Night shift. Made with Mobilise.',
    );
  });

  it('refuses a due date that is not a real date', () => {
    expect(() => actionToICalendar({ id: 'a3', what: 'x', due: '2026-02-30' }, NOW)).toThrow(
      /not a real date/,
    );
    expect(() => actionToICalendar({ id: 'a3', what: 'x', due: '4/12/2026' }, NOW)).toThrow(
      /YYYY-MM-DD/,
    );
  });
});

describe('escapeText and foldLine', () => {
  it('escapes backslashes, semicolons, commas and new lines', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds lines longer than 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'café '.repeat(30)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n'))
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});
