// Every client-side route. All pages share the layout; unknown paths get the 404 page inside it.
import { createBrowserRouter } from 'react-router';
import { AboutPage } from '../features/about/about-page';
import { AccessibilityStatementPage } from '../features/accessibility/accessibility-statement-page';
import { NotFoundPage } from '../features/errors/not-found-page';
import { HomePage } from '../features/home/home-page';
import { Layout } from './layout';

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'about', element: <AboutPage /> },
      { path: 'accessibility', element: <AccessibilityStatementPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
