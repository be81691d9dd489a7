// The app's providers: who is signed in, and one router for pages. Apollo's provider comes with each page
// that is loaded on its first visit (components/page-route.tsx), so Apollo Client is not in the first load.
import { RouterProvider } from 'react-router';
import { router } from './router';
import { ViewerProvider } from '../session/viewer';

export function App() {
  return (
    <ViewerProvider>
      <RouterProvider router={router} />
    </ViewerProvider>
  );
}
