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

describe('actionToICalendar stays inert for any stored text', () => {
  const hostile = {
    id: 'a1',
    what: 'Call pharmacy\rEND:VEVENT\rBEGIN:VEVENT\rSUMMARY:Injected\r\nATTENDEE:mailto:x@example.org',
    owner: 'Sam\u0000\u001b[2J\u2028DTSTART:19700101',
    due: '2026-12-04',
    from: 'After Action Review: Ward\r5; handover, "night"\\ \u0085x',
  };
  const ics = actionToICalendar(hostile, NOW);

  it('has no CR or LF but the CRLF that ends each line, and no control character', () => {
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    // eslint-disable-next-line no-control-regex
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u0008\u000A-\u001F\u007F-\u009F]/);
    expect(ics).not.toMatch(/[\u2028\u2029]/);
  });

  it('holds exactly one event, with no property a line break in the text tried to add', () => {
    const lines = ics
      .replace(/\r\n[ \t]/g, '')
      .split('\r\n')
      .filter(Boolean);
    const names = lines.map((line) => line.split(/[:;]/)[0]);
    expect(names).toEqual([
      'BEGIN',
      'VERSION',
      'PRODID',
      'CALSCALE',
      'METHOD',
      'BEGIN',
      'UID',
      'DTSTAMP',
      'DTSTART',
      'DTEND',
      'SUMMARY',
      'DESCRIPTION',
      'TRANSP',
      'END',
      'END',
    ]);
    const props = readICalendar(ics);
    expect(props.get('SUMMARY')?.value).toBe(
      'Call pharmacy\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:Injected\nATTENDEE:mailto:x@example.org (Sam[2J\nDTSTART:19700101)',
    );
    expect(props.get('DESCRIPTION')?.value).toBe(
      'Action from After Action Review: Ward\n5; handover, "night"\\ \nx. Made with Mobilise.',
    );
  });

  it('folds every line at 75 octets, text of many bytes per character too', () => {
    const long = actionToICalendar(
      { ...hostile, what: `${'é'.repeat(50)}${'👩‍⚕️'.repeat(20)}; ${'x'.repeat(200)}` },
      NOW,
    );
    for (const line of long.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(readICalendar(long).get('SUMMARY')?.value).toContain('é'.repeat(50));
  });

  it('keeps the UID a plain token whatever the stored id holds', () => {
    const props = readICalendar(actionToICalendar({ ...hostile, id: 'a1\r\n;x:y' }, NOW));
    expect(props.get('UID')?.value).toBe('a1xy@mobilise.local');
  });
});
