// The checks of each question page, worded exactly as the API words them (SubmitApplicationInput).
import { LIMITS, Sector } from '@heritage/shared';
import { collectErrors, emailError, textError } from '../../components/validation';
import type { JoinAnswers } from './join-answers';

type Errors = { field: string; message: string }[];

export function detailsErrors(a: Pick<JoinAnswers, 'fullName' | 'email' | 'organisation' | 'jobTitle'>): Errors {
  return collectErrors({
    fullName: textError(a.fullName, 'Enter your full name', 'Full name', LIMITS.fullNameMax),
    email: emailError(a.email),
    organisation: textError(
      a.organisation,
      'Enter the name of your organisation',
      'Organisation',
      LIMITS.organisationMax,
    ),
    jobTitle: textError(a.jobTitle, 'Enter your job title', 'Job title', LIMITS.jobTitleMax),
  });
}

export function sectorErrors(a: Pick<JoinAnswers, 'sector' | 'sectorOther'>): Errors {
  return collectErrors({
    sector: a.sector ? undefined : 'Select the sector you work in',
    sectorOther:
      a.sector === Sector.Other
        ? textError(a.sectorOther, 'Tell us which sector you work in', 'Sector', LIMITS.sectorOtherMax)
        : undefined,
  });
}

export function regionErrors(a: Pick<JoinAnswers, 'region'>): Errors {
  return collectErrors({ region: a.region ? undefined : 'Select your UK nation or region' });
}

export function aboutYouErrors(a: Pick<JoinAnswers, 'hopes' | 'heardAbout'>): Errors {
  return collectErrors({
    hopes: textError(a.hopes, 'Enter what you hope to get from the community', 'Your answer', LIMITS.hopesMax),
    heardAbout: textError(a.heardAbout, 'Enter how you heard about the community', 'Your answer', LIMITS.heardAboutMax),
  });
}

export function agreementErrors(a: Pick<JoinAnswers, 'agreeCodeOfConduct' | 'agreePrivacyNotice'>): Errors {
  return collectErrors({
    agreeCodeOfConduct: a.agreeCodeOfConduct ? undefined : 'You must agree to the code of conduct',
    agreePrivacyNotice: a.agreePrivacyNotice ? undefined : 'You must agree to the privacy notice',
  });
}

export function allJoinErrors(a: JoinAnswers): Errors {
  return [...detailsErrors(a), ...sectorErrors(a), ...regionErrors(a), ...aboutYouErrors(a), ...agreementErrors(a)];
}
