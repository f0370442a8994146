import { findPatientData, isValidNhsNumber, PatientDataKind, patientDataMessage } from './patient-data';

describe('spotting patient-identifiable data', () => {
  it('accepts NHS numbers by their modulus 11 check digit only', () => {
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('9434765918')).toBe(false);
    expect(isValidNhsNumber('943476591')).toBe(false);
  });

  it('finds a valid NHS number written with spaces or dashes, and ignores other 10-digit numbers', () => {
    expect(findPatientData('Patient 943 476 5919 was seen')).toEqual([{ kind: PatientDataKind.NHS_NUMBER, text: '943 476 5919' }]);
    expect(findPatientData('ref 943-476-5919')).toHaveLength(1);
    expect(findPatientData('call 0113 243 3144 or order 1234567890')).toEqual([]);
  });

  it('finds full dates of birth in common forms but not years or month-year', () => {
    const kinds = (text: string) => findPatientData(text).map((match) => match.kind);
    expect(kinds('born 03/11/1957')).toEqual([PatientDataKind.DATE_OF_BIRTH]);
    expect(kinds('DOB 1957-11-03')).toEqual([PatientDataKind.DATE_OF_BIRTH]);
    expect(kinds('born 3rd November 1957')).toEqual([PatientDataKind.DATE_OF_BIRTH]);
    expect(kinds('since 2019, and in March 2024')).toEqual([]);
  });

  it('finds UK postcodes', () => {
    expect(findPatientData('lives at LS1 3EX')).toEqual([{ kind: PatientDataKind.POSTCODE, text: 'LS1 3EX' }]);
    expect(findPatientData('sw1a1aa')).toHaveLength(1);
    expect(findPatientData('the NICE NG28 guideline')).toEqual([]);
  });

  it('tells the person what to remove', () => {
    expect(patientDataMessage(findPatientData('943 476 5919 at LS1 3EX'))).toBe(
      'Remove what looks like an NHS number or a postcode (“943 476 5919”): do not include information that could identify a patient',
    );
  });
});
