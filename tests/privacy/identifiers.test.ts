import { describe, expect, it } from 'vitest';
import {
  findIdentifiers,
  identifierKey,
  isValidNhsNumber,
  messageFor,
  undismissed,
  type IdentifierKind,
} from '../../src/privacy/identifiers';

const now = new Date('2026-12-01T12:00:00Z');
/** "kind: text" for each finding, in order. */
const found = (text: string, skipNames = false) =>
  findIdentifiers(text, { now, skipNames }).map((f) => `${f.kind}: ${f.text}`);
const kinds = (text: string) => findIdentifiers(text, { now }).map((f) => f.kind);

describe('isValidNhsNumber (Modulus 11)', () => {
  it('accepts numbers whose check digit is right, spaced or not', () => {
    // 9×10 + 4×9 + 3×8 + 4×7 + 7×6 + 6×5 + 5×4 + 9×3 + 1×2 = 299; 299 mod 11 = 2; 11 − 2 = 9.
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('943 476 5919')).toBe(true);
    expect(isValidNhsNumber('401 023 2137')).toBe(true);
  });

  it('treats a remainder of 0 as check digit 0', () => {
    // 4×10 + 2×2 = 44 = 4 × 11: remainder 0, so 11 − 0 = 11, which becomes 0.
    const digits = '400000002';
    const sum = [...digits].reduce((s, d, i) => s + Number(d) * (10 - i), 0);
    expect(sum % 11).toBe(0);
    expect(isValidNhsNumber(`${digits}0`)).toBe(true);
    expect(isValidNhsNumber(`${digits}1`)).toBe(false);
  });

  it('refuses a wrong check digit, a check value of 10, and anything not ten digits', () => {
    expect(isValidNhsNumber('9434765918')).toBe(false);
    expect(isValidNhsNumber('9434765910')).toBe(false);
    // 1×10 + 0×9 + … + 0 + 1×2 = 12; 12 mod 11 = 1; 11 − 1 = 10: never issued.
    expect(isValidNhsNumber('1000000010')).toBe(false);
    expect(isValidNhsNumber('1000000011')).toBe(false);
    expect(isValidNhsNumber('943476591')).toBe(false);
    expect(isValidNhsNumber('94347659190')).toBe(false);
    // Ten of one digit pass the sum but are never issued.
    expect(isValidNhsNumber('0000000000')).toBe(false);
    expect(isValidNhsNumber('5555555555')).toBe(false);
  });
});

describe('findIdentifiers: NHS numbers', () => {
  it('finds a valid number in a sentence, spaced, hyphenated or run together', () => {
    expect(found('Patient 943 476 5919 was moved')).toEqual(['nhs-number: 943 476 5919']);
    expect(found('NHS no: 9434765919.')).toEqual(['nhs-number: 9434765919']);
    expect(found('(943-476-5919)')).toEqual(['nhs-number: 943-476-5919']);
    expect(findIdentifiers('see 943 476 5919', { now })[0]).toMatchObject({
      index: 4,
      message: 'This looks like an NHS number. Keep patient details out of session notes.',
    });
  });

  it('ignores numbers that fail the check, and valid ones inside a longer run of digits', () => {
    expect(found('Order 943 476 5918 arrived')).toEqual([]);
    expect(found('Ref 19434765919 and 94347659191 and 12-943-476-5919')).toEqual([]);
    expect(found('Mixed spacing 943 4765919')).toEqual([]);
  });

  it('ignores digit runs that are neither an NHS number nor a phone number', () => {
    expect(found('Order number 1234567890, batch 5555555555')).toEqual([]);
  });
});

describe('findIdentifiers: dates of birth', () => {
  it('finds a date after a cue such as DOB, d.o.b., date of birth or born', () => {
    expect(found('DOB 12/03/1957')).toEqual(['date-of-birth: 12/03/1957']);
    expect(found('d.o.b.: 1.2.84')).toEqual(['date-of-birth: 1.2.84']);
    expect(found('date of birth 4th July 2019')).toEqual(['date-of-birth: 4th July 2019']);
    expect(found('She was born on 2 March 2024.')).toEqual(['date-of-birth: 2 March 2024']);
    expect(found('DoB: 1957-03-12')).toEqual(['date-of-birth: 1957-03-12']);
  });

  it('finds a full date old enough to be an adult’s birthday, even without a cue', () => {
    expect(found('The man (12 March 1957) fell')).toEqual(['date-of-birth: 12 March 1957']);
    expect(found('March 12, 1961')).toEqual(['date-of-birth: March 12, 1961']);
  });

  it('leaves session dates, years, times and impossible dates alone', () => {
    expect(found('We met on 12/03/2026 at 14:30, and again on 3 November 2025.')).toEqual([]);
    expect(found('In 2024 and 1999 the ward changed; the 2019-2020 audit')).toEqual([]);
    expect(found('Handover at 07:45 and 2pm; we ran 1:30 to 3:00')).toEqual([]);
    expect(found('DOB 31/02/1957 is not a date; DOB 12/03/2031 is in the future')).toEqual([]);
    expect(found('Version 1.2.84 shipped; 12/03 was busy')).toEqual([]);
    expect(found('Reference 112/03/1957 and 12/03/19570')).toEqual([]);
    expect(found('born 12/03/57')).toEqual([]); // "born" needs a full year
  });
});

describe('findIdentifiers: postcodes', () => {
  it('finds UK postcodes with or without the space, in either case', () => {
    expect(found('Lives at SW1A 1AA now')).toEqual(['postcode: SW1A 1AA']);
    expect(found('M1 1AE, B33 8TH, ls11ab')).toEqual([
      'postcode: M1 1AE',
      'postcode: B33 8TH',
      'postcode: ls11ab',
    ]);
  });

  it('leaves ward and bed numbers, grades and times alone', () => {
    expect(found('Ward 10, ward 7B, bed 12, bay 4 and side room 3')).toEqual([]);
    expect(found('F2 2nd rotation, ST3 1st week, band 5 at 4pm and 10am')).toEqual([]);
  });
});

describe('findIdentifiers: phone numbers', () => {
  it('finds UK numbers in the usual groupings', () => {
    expect(found('Call 07700 900123')).toEqual(['phone: 07700 900123']);
    expect(found('0161 496 0000 or (0113) 496 0123')).toEqual([
      'phone: 0161 496 0000',
      'phone: (0113) 496 0123',
    ]);
    expect(found('+44 20 7946 0958 and +44 (0)7700 900 456')).toEqual([
      'phone: +44 20 7946 0958',
      'phone: +44 (0)7700 900 456',
    ]);
  });

  it('leaves extensions, bleeps, short numbers and longer runs alone', () => {
    expect(found('Ext 4567, bleep 1234, call 111 or 999')).toEqual([]);
    expect(found('Code 0161496000012345 and 09123 456789')).toEqual([]);
  });
});

describe('findIdentifiers: email addresses', () => {
  it('finds an address', () => {
    expect(found('Write to jane.smith@nhs.net today')).toEqual(['email: jane.smith@nhs.net']);
  });

  it('leaves @ mentions and times alone', () => {
    expect(found('@team meet @ 2pm')).toEqual([]);
  });
});

describe('findIdentifiers: title and surname', () => {
  it('finds a title with a surname, with initials or a first name', () => {
    expect(found('Mr Smith was discharged')).toEqual(['name: Mr Smith']);
    expect(found('Spoke to Mrs J. Patel and Dr Ann O’Neill')).toEqual([
      'name: Mrs J. Patel',
      'name: Dr Ann O’Neill',
    ]);
    expect(found('Prof. McDonald, Ms Li and Miss Hughes')).toEqual([
      'name: Prof. McDonald',
      'name: Ms Li',
      'name: Miss Hughes',
    ]);
    expect(findIdentifiers('Mr Smith', { now })[0].message).toBe(
      "This looks like a person's title and name. Keep patient details out of session notes. Use roles, not names.",
    );
  });

  it('leaves streets, headings, lower-case words and other capitals alone', () => {
    expect(found('Meet at 4 Station Dr Leeds')).toEqual([]);
    expect(
      found("Don't Miss Out; Mr The; dr smith; MS clinic; MR scan; Professional Development"),
    ).toEqual([]);
    expect(found('Ask Dr Patel')).toEqual(['name: Dr Patel']);
  });

  it('can be left out for fields meant for staff names', () => {
    expect(found('Dr Patel, 943 476 5919', true)).toEqual(['nhs-number: 943 476 5919']);
  });
});

describe('findIdentifiers in ordinary notes', () => {
  it('finds nothing in a typical AAR note', () => {
    const note = [
      'Ward 7B night shift, 12 November 2026, 19:30 to 20:15 (45 minutes).',
      'Eight staff: band 5 and 6 nurses, F2 doctor, pharmacist. Bed 12 and bed 14 were late.',
      'Handover took 40 minutes against 30 in 2025; we aim for 25 by March 2027.',
      'Actions: Dr to review the list (consultant), ext 4521.',
    ].join('\n');
    expect(found(note)).toEqual([]);
  });

  it('reports each kind once per place, never overlapping', () => {
    expect(kinds('jane.943@nhs.net 943 476 5919 SW1A 1AA Mr Jones DOB 01/01/1950')).toEqual([
      'email',
      'nhs-number',
      'postcode',
      'name',
      'date-of-birth',
    ]);
  });
});

describe('identifierKey and undismissed', () => {
  it('keys the same detail the same way however it is spaced, and different details apart', () => {
    expect(identifierKey('nhs-number', '943 476 5919')).toBe(
      identifierKey('nhs-number', '9434765919'),
    );
    expect(identifierKey('postcode', 'sw1a 1aa')).toBe(identifierKey('postcode', 'SW1A1AA'));
    expect(identifierKey('nhs-number', '943 476 5919')).not.toBe(
      identifierKey('nhs-number', '401 023 2137'),
    );
    expect(identifierKey('nhs-number', '943 476 5919')).toMatch(/^nhs-number:[0-9a-f]{8}$/);
    expect(identifierKey('nhs-number', '943 476 5919')).not.toContain('943');
  });

  it('drops dismissed findings and repeats', () => {
    const findings = findIdentifiers('943 476 5919, 9434765919 and 401 023 2137', { now });
    expect(findings).toHaveLength(3);
    const left = undismissed(findings, [identifierKey('nhs-number', '4010232137')]);
    expect(left.map((f) => f.text)).toEqual(['943 476 5919']);
  });

  it('has a plain message for every kind', () => {
    const all: IdentifierKind[] = [
      'nhs-number',
      'date-of-birth',
      'postcode',
      'phone',
      'email',
      'name',
    ];
    for (const kind of all)
      expect(messageFor(kind)).toMatch(
        /^This looks like an? .+\. Keep patient details out of session notes\./,
      );
  });
});
