import { QueryClient } from '@tanstack/react-query';

type ProblemLike = { status?: unknown };

// 4xx answers will not change on a retry; only network trouble and 5xx get one more try.
const shouldRetry = (failureCount: number, error: unknown): boolean => {
  const status = (error as ProblemLike | null)?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) return false;
  return failureCount < 1;
};

export const createQueryClient = (): QueryClient =>
  new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
