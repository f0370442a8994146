/**
 * Input limits shared by the API's validators and the web's forms, so that
 * both show the same numbers to the person typing.
 */
export const LIMITS = {
  nameMax: 100,
  emailMax: 254,
  // NCSC advice: length over complexity rules; the upper bound keeps argon2 work bounded.
  passwordMin: 10,
  passwordMax: 128,
  organisationMax: 150,
  pageSizeMax: 100,
  pageSizeDefault: 20,
} as const;
