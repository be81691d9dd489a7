// The application journey, a GOV.UK question-page flow under /join, and answering a reviewer's question.
import type { RouteObject } from 'react-router';
import { AnswerQuestionPage } from './answer-question-page';
import { JoinAboutYouPage } from './join-about-you-page';
import { JoinAgreementsPage } from './join-agreements-page';
import { JoinCheckPage } from './join-check-page';
import { JoinDetailsPage } from './join-details-page';
import { JoinRegionPage } from './join-region-page';
import { JoinSectorPage } from './join-sector-page';
import { JoinSentPage } from './join-sent-page';
import { JoinStartPage } from './join-start-page';

export const joinRoutes: RouteObject[] = [
  { path: 'join', element: <JoinStartPage /> },
  { path: 'join/details', element: <JoinDetailsPage /> },
  { path: 'join/sector', element: <JoinSectorPage /> },
  { path: 'join/region', element: <JoinRegionPage /> },
  { path: 'join/about-you', element: <JoinAboutYouPage /> },
  { path: 'join/agreements', element: <JoinAgreementsPage /> },
  { path: 'join/check', element: <JoinCheckPage /> },
  { path: 'join/sent', element: <JoinSentPage /> },
  { path: 'apply/answer/:token', element: <AnswerQuestionPage /> },
];
