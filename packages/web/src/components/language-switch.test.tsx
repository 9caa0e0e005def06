import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { HomeRoute } from '../app/routes/home';
import { LanguageProvider } from '../i18n/language-provider';
import { expectNoAxeViolations } from '../testing/axe';
import { fakeFetch, jsonResponse, renderPage } from '../testing/render';

const TENANTS = { items: [{ code: 'khanh-hoa', name: 'Tỉnh Khánh Hòa', profileId: 'x' }] };

describe('LanguageSwitch', () => {
  it('switches the whole page between Vietnamese and English', async () => {
    vi.stubGlobal('fetch', fakeFetch(() => jsonResponse(200, TENANTS)).fetch);
    const { container } = renderPage(<HomeRoute />);
    await screen.findByRole('link', { name: 'Tỉnh Khánh Hòa' });

    expect(document.documentElement.lang).toBe('vi');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Phản ánh hiện trường');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Chọn tỉnh, thành phố');
    expect(document.title).toBe('Chọn tỉnh, thành phố — Phản ánh hiện trường');
    const toEnglish = screen.getByRole('button', { name: 'English' });
    expect(toEnglish.getAttribute('lang')).toBe('en');
    await expectNoAxeViolations(container);

    fireEvent.click(toEnglish);

    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Field reports');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Choose a province or city');
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toBeTruthy();
    expect(document.title).toBe('Choose a province or city — Field reports');
    // Province names are proper names: they stay as the province writes them.
    const list = screen.getByRole('list', { name: 'Choose a province or city' });
    expect(within(list).getByRole('link').textContent).toBe('Tỉnh Khánh Hòa');
    const toVietnamese = screen.getByRole('button', { name: 'Tiếng Việt' });
    expect(toVietnamese.getAttribute('lang')).toBe('vi');

    fireEvent.click(toVietnamese);

    expect(document.documentElement.lang).toBe('vi');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Phản ánh hiện trường');
  });

  it('remembers the choice for the next visit, and starts in Vietnamese otherwise', () => {
    const visit = () =>
      render(
        <LanguageProvider>
          <QueryClientProvider client={new QueryClient()}>
            <MemoryRouter>
              <HomeRoute />
            </MemoryRouter>
          </QueryClientProvider>
        </LanguageProvider>,
      );
    vi.stubGlobal('fetch', fakeFetch(() => jsonResponse(200, TENANTS)).fetch);

    const first = visit();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Phản ánh hiện trường');
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(window.localStorage.getItem('paht.language')).toBe('en');
    first.unmount();

    visit();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Field reports');
    expect(document.documentElement.lang).toBe('en');
  });
});
