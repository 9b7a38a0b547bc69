import { MantineProvider } from '@mantine/core';
import { ApiError } from '@certa/client';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { api } from './api.ts';
import { colorSchemeManager, cssVariablesResolver, theme } from './theme.ts';
import { createAppRouter } from './routes/router.tsx';
import { sessionKeys } from './session/session-queries.ts';

function createQueryClient(): QueryClient {
  // A session that ends (2 hours idle, 12 hours at most) shows up as a 401 on whatever asked next:
  // forget the user, and the session gate sends them to sign-in, back to this page afterwards.
  const onError = (error: unknown) => {
    if (error instanceof ApiError && error.code === 'unauthenticated') {
      api.forgetSession();
      queryClient.setQueryData(sessionKeys.me, null);
    }
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Asking again does not help when the answer was "no": only retry what may be passing trouble.
        retry: (failureCount, error) =>
          failureCount < 1 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      },
    },
  });
  return queryClient;
}

/** The root of the web app: theme, server-state cache and routes. */
export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createAppRouter);

  return (
    <MantineProvider
      theme={theme}
      colorSchemeManager={colorSchemeManager}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="light"
    >
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
