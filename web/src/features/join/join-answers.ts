// The answers of an application in progress. They live in sessionStorage, so reloading a page or following
// a link to the code of conduct loses nothing, and they are gone when the tab closes or the form is sent.
import { useCallback, useState } from 'react';

export interface JoinAnswers {
  fullName: string;
  email: string;
  organisation: string;
  jobTitle: string;
  sector: string | null;
  sectorOther: string;
  region: string | null;
  hopes: string;
  heardAbout: string;
  agreeCodeOfConduct: boolean;
  agreePrivacyNotice: boolean;
}

const KEY = 'heritage-cop:join';

const NO_ANSWERS: JoinAnswers = {
  fullName: '',
  email: '',
  organisation: '',
  jobTitle: '',
  sector: null,
  sectorOther: '',
  region: null,
  hopes: '',
  heardAbout: '',
  agreeCodeOfConduct: false,
  agreePrivacyNotice: false,
};

function load(): JoinAnswers {
  try {
    const saved = JSON.parse(sessionStorage.getItem(KEY) ?? '{}') as Partial<JoinAnswers>;
    return { ...NO_ANSWERS, ...saved };
  } catch {
    return NO_ANSWERS;
  }
}

export function clearJoinAnswers(): void {
  sessionStorage.removeItem(KEY);
}

export function useJoinAnswers(): [JoinAnswers, (changes: Partial<JoinAnswers>) => void] {
  const [answers, setAnswers] = useState(load);
  const save = useCallback((changes: Partial<JoinAnswers>) => {
    const next = { ...load(), ...changes };
    sessionStorage.setItem(KEY, JSON.stringify(next));
    setAnswers(next);
  }, []);
  return [answers, save];
}
