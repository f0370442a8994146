export enum Profession {
  CLINICIAN = 'CLINICIAN',
  NURSE_MIDWIFE_AHP = 'NURSE_MIDWIFE_AHP',
  TECH_EXPERT = 'TECH_EXPERT',
  ACADEMIC = 'ACADEMIC',
  OTHER_NHS_STAFF = 'OTHER_NHS_STAFF',
}

export const PROFESSION_LABELS: Record<Profession, string> = {
  [Profession.CLINICIAN]: 'Clinician',
  [Profession.NURSE_MIDWIFE_AHP]: 'Nurse, midwife or allied health professional',
  [Profession.TECH_EXPERT]: 'Technology expert',
  [Profession.ACADEMIC]: 'Academic',
  [Profession.OTHER_NHS_STAFF]: 'Other NHS staff',
};
