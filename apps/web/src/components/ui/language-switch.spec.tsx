import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sessionFor } from '../../test/fixtures';
import { stubFetch } from '../../test/fetch-stub';
import { renderApp } from '../../test/render-app';

describe('language switch', () => {
  it('starts in Indonesian, switches to English and remembers the choice', async () => {
    stubFetch({});
    const user = userEvent.setup();
    renderApp('/analytics', { session: sessionFor(['manager']) });

    expect(await screen.findByRole('heading', { name: 'Analitik' })).toBeInTheDocument();
    expect(screen.getByText('Modul Analitik sedang disiapkan')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Bahasa' }));
    await user.click(await screen.findByRole('menuitem', { name: 'English' }));

    expect(await screen.findByRole('heading', { name: 'Analytics' })).toBeInTheDocument();
    expect(screen.getByText('The Analytics module is on its way')).toBeInTheDocument();
    expect(window.localStorage.getItem('bei-hub.language')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });
});
