import { addDays, todayInJakarta } from '@bei-hub/domain';
import { screen, within } from '@testing-library/react';
import { sessionFor } from '../../test/fixtures';
import { json, stubFetch } from '../../test/fetch-stub';
import { PRODUCT_ID, productRecord } from '../../test/order-fixtures';
import { renderApp } from '../../test/render-app';

jest.setTimeout(20_000);

const lot = (lotNumber: string, expiryDate: string, expired = false) => ({
  lotNumber,
  expiryDate,
  quantityOnHand: 40,
  expired,
});

describe('product page', () => {
  it('flags expired lots red and lots near expiry orange', async () => {
    const today = todayInJakarta();
    stubFetch({
      [`GET /api/v1/products/${PRODUCT_ID}`]: json(productRecord({ prescriptionOnly: true }), 200, {
        ETag: '"1"',
      }),
      [`GET /api/v1/products/${PRODUCT_ID}/lots`]: json({
        items: [
          lot('HA-OLD-1', addDays(today, -3), true),
          lot('HA-SOON-2', addDays(today, 20)),
          lot('HA-FINE-3', addDays(today, 400)),
        ],
      }),
    });
    renderApp(`/products/${PRODUCT_ID}`, { session: sessionFor(['manager']) });

    const lots = await screen.findByRole('table', { name: 'Lot' }, { timeout: 5000 });
    const badge = (lotNumber: string) =>
      within(within(lots).getByRole('row', { name: new RegExp(lotNumber) })).getByText(
        /Kedaluwarsa|Segera kedaluwarsa|Baik/,
        { selector: '.mantine-Badge-label' },
      );
    expect(badge('HA-OLD-1')).toHaveTextContent('Kedaluwarsa');
    expect(badge('HA-OLD-1').closest('.mantine-Badge-root')).toHaveAttribute(
      'style',
      expect.stringContaining('red'),
    );
    expect(badge('HA-SOON-2')).toHaveTextContent('Segera kedaluwarsa');
    expect(badge('HA-SOON-2').closest('.mantine-Badge-root')).toHaveAttribute(
      'style',
      expect.stringContaining('orange'),
    );
    expect(badge('HA-FINE-3')).toHaveTextContent('Baik');
    expect(screen.getByText('Resep')).toBeInTheDocument();
    // Only an admin changes the catalogue; a manager traces lots.
    expect(screen.queryByRole('link', { name: 'Ubah produk' })).not.toBeInTheDocument();
    expect(within(lots).getByRole('link', { name: 'HA-SOON-2' })).toHaveAttribute(
      'href',
      '/lot-trace?lot=HA-SOON-2',
    );
  });
});
