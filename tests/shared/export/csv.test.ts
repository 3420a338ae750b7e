import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../../shared/export/csv';
import { readCsv } from './read-csv';

describe('CSV', () => {
  it('quotes what needs quoting and doubles quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField(null)).toBe('');
    expect(csvField(true)).toBe('yes');
  });

  it('writes numbers as numbers, without float noise', () => {
    expect(csvField(0.1 + 0.2)).toBe('0.3');
    expect(csvField(-2400)).toBe('-2400');
    expect(csvField(Number.NaN)).toBe('');
  });

  it('keeps a spreadsheet from running text as a formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-bad')).toBe("'-bad");
    expect(csvField('@sum')).toBe("'@sum");
  });

  it('starts with a byte-order mark and ends every line with CRLF', () => {
    expect(toCsv(['A', 'B'], [[1, 'x']])).toBe('\uFEFFA,B\r\n1,x\r\n');
  });

  it('reads back cell for cell, whatever the text', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 2, maxLength: 2 }), { maxLength: 6 }), (rows) => {
        const read = readCsv(toCsv(['First', 'Second'], rows));
        const safe = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
        expect(read).toEqual([['First', 'Second'], ...rows.map((row) => row.map(safe))]);
      }),
      { numRuns: 300 },
    );
  });

  it('writes the semicolon dialect a spreadsheet with a decimal comma reads', () => {
    const german = { separator: ';', decimal: ',', yes: 'ja', no: 'nein' } as const;
    expect(
      toCsv(
        ['Wert', 'Notiz'],
        [
          [0.4, 'a; b'],
          [true, 'x,y'],
        ],
        german,
      ),
    ).toBe('\uFEFFWert;Notiz\r\n0,4;"a; b"\r\nja;x,y\r\n');
    expect(csvField(1_700.5, german)).toBe('1700,5');
  });
});
