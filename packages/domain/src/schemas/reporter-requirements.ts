/** What a regulation profile requires of a reporter at submission (DOMAIN.md "reporter must give"). */
export type FieldRequirement = 'required' | 'optional' | 'hidden';

export type ReporterRequirements = {
  name: FieldRequirement;
  phone: FieldRequirement;
  email: FieldRequirement;
  address: FieldRequirement;
  citizenId: FieldRequirement;
  /** Precise location (coordinates or address) of the incident. */
  location: FieldRequirement;
  incidentTime: FieldRequirement;
};
