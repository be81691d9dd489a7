// Admin pages, mounted under the main layout by app/router.tsx.
import type { RouteObject } from 'react-router';

export const adminRoutes: RouteObject[] = [];
