import type { RegulationProfile } from '@paht/domain';
import type { SubmissionField, SubmissionValues } from '../submission-form';

/** What every part of the submission form is given: the values, a setter and the errors. */
export type SubmissionPartProps = {
  profile: RegulationProfile;
  values: SubmissionValues;
  onChange: <K extends keyof SubmissionValues>(key: K, value: SubmissionValues[K]) => void;
  errorOf: (field: SubmissionField) => string | null;
};
