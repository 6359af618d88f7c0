import { describe, expect, it } from 'vitest';
import { flag, parseArgs } from '../../../scripts/cli/flags';
import { UsageError } from '../../../scripts/cli/io';

const specs = {
  json: flag.bool('print JSON'),
  file: flag.text('a file', 'FILE'),
  setting: flag.choice(['practitioner', 'outpatient'] as const, 'setting', { outpatienthospital: 'outpatient' }),
  payer: flag.list(() => ['medicare', 'aetna'], 'payers'),
  limit: flag.int('limit', 1, 200, 20),
};
const one = { name: 'code', min: 1, max: 1 };
const parse = (...args: string[]) => parseArgs(args, specs, one, 'demo');
const error = (...args: string[]) => {
  try {
    parse(...args);
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error('expected a UsageError');
};

describe('parseArgs', () => {
  it('reads --flag value, --flag=value, switches and defaults, with typed values', () => {
    const r = parse('64633', '--json', '--setting=Outpatient', '--payer', 'AETNA, medicare,aetna', '--file', 'a=b.csv');
    expect(r.positional).toEqual(['64633']);
    expect(r.flags).toEqual({
      json: true,
      file: 'a=b.csv',
      setting: 'outpatient',
      payer: ['aetna', 'medicare'],
      limit: 20,
    });
    expect(parse('x', '--setting', 'OutpatientHospital').flags.setting).toBe('outpatient');
    expect(parse('x').flags).toEqual({ json: false, file: undefined, setting: undefined, payer: undefined, limit: 20 });
  });

  it('-- ends the flags; -h/--help asks for help without checking the arguments', () => {
    expect(parse('--', '--json').positional).toEqual(['--json']);
    expect(parse('--help').help).toBe(true);
    expect(parse('-h', 'a', 'b').help).toBe(true);
  });

  it.each([
    [
      ['x', '--mac', 'JF'],
      'unknown option "--mac" for demo (options: --json, --file, --setting, --payer, --limit, --help)',
    ],
    [['x', '-j'], 'unknown option "-j" for demo'],
    [['x', '--json', '--json'], '--json is given more than once'],
    [['x', '--json=yes'], '--json takes no value (remove "=yes")'],
    [['x', '--file'], '--file needs a value (FILE)'],
    [['x', '--file', '--json'], '--file needs a value (FILE)'],
    [['x', '--file='], '--file needs a value (FILE)'],
    [['x', '--setting', 'inpatient'], '--setting must be practitioner or outpatient, not "inpatient"'],
    [['x', '--setting', '__proto__'], '--setting must be practitioner or outpatient, not "__proto__"'],
    [['x', '--payer', 'anything'], '--payer must be medicare or aetna, not "anything"'],
    [['x', '--payer', 'medicare,,aetna'], '--payer has an empty item in "medicare,,aetna"'],
    [['x', '--limit', '0x10'], '--limit must be a whole number from 1 to 200, not "0x10"'],
    [['x', '--limit', '1e2'], '--limit must be a whole number from 1 to 200, not "1e2"'],
    [['x', '--limit', '010'], '--limit must be a whole number from 1 to 200, not "010"'],
    [['x', '--limit', '0'], '--limit must be a whole number from 1 to 200, not "0"'],
    [['x', '--limit', '201'], '--limit must be a whole number from 1 to 200, not "201"'],
    [[], 'demo needs <code>; see claimlens demo --help'],
    [['a', 'b', 'c'], 'demo takes one <code>; unexpected "b" "c"'],
  ])('%j → %s', (args, message) => {
    expect(error(...args)).toBe(message);
  });

  it('names a hostile value escaped and shortened', () => {
    expect(error('x', '--setting', `\u001b[8m${'y'.repeat(100)}`)).toBe(
      `--setting must be practitioner or outpatient, not "\\u001b[8m${'y'.repeat(36)}…[+64 characters]"`,
    );
    expect(error('x', '--file', 'z'.repeat(5000))).toBe('--file value is longer than 4096 characters');
  });
});
