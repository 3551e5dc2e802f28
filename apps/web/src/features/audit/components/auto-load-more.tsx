import { Button, Center } from '@mantine/core';
import { useEffect, useRef } from 'react';

type AutoLoadMoreProps = { label: string; loading: boolean; onLoad: () => void };

/**
 * Loads the next page when the end of the list scrolls into view; the button stays for keyboard
 * users and browsers without IntersectionObserver.
 */
export const AutoLoadMore = ({ label, loading, onLoad }: AutoLoadMoreProps) => {
  const ref = useRef<HTMLDivElement>(null);
  const latest = useRef({ loading, onLoad });
  latest.current = { loading, onLoad };

  useEffect(() => {
    const node = ref.current;
    if (!node || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting) && !latest.current.loading) {
          latest.current.onLoad();
        }
      },
      { rootMargin: '200px' },
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, []);

  return (
    <Center ref={ref}>
      <Button variant="subtle" loading={loading} onClick={onLoad}>
        {label}
      </Button>
    </Center>
  );
};
