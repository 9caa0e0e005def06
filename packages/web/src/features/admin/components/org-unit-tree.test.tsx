import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../../testing/axe';
import { fakeFetch, renderTenantPage, testSession } from '../../../testing/render';
import type { OrgUnit } from '../../../lib/org-units';
import { OrgUnitTree } from './org-unit-tree';

function unit(
  id: string,
  name: string,
  kind: string,
  parentId: string | null,
  extra: Partial<OrgUnit> = {},
): OrgUnit {
  return {
    id,
    code: id,
    name,
    shortName: null,
    kind,
    parentId,
    contact: null,
    isActive: true,
    ...extra,
  };
}

// In the order the server might send them: not the order a reader expects.
const UNITS: OrgUnit[] = [
  unit('vnpt', 'Viễn thông Khánh Hòa (VNPT Khánh Hòa)', 'central_agency', null),
  unit('so-xay-dung', 'Sở Xây dựng tỉnh Khánh Hòa', 'department', 'ubnd'),
  unit('ubnd-phuong-nha-trang', 'Ủy ban nhân dân phường Nha Trang', 'commune', 'ubnd'),
  unit('ioc', 'Trung tâm Giám sát, điều hành đô thị thông minh', 'intake_center', 'so-khcn', {
    contact: { phone: '0258 0000 115' },
  }),
  unit('so-khcn', 'Sở Khoa học và Công nghệ tỉnh Khánh Hòa', 'department', 'ubnd'),
  unit('ubnd', 'Ủy ban nhân dân tỉnh Khánh Hòa', 'provincial_committee', null),
  unit('cap-nuoc', 'Công ty Cấp thoát nước Khánh Hòa', 'utility', null),
  unit('so-cu', 'Sở Giao thông vận tải (cũ)', 'department', 'ubnd', { isActive: false }),
];

function renderTree(language: 'vi' | 'en' = 'vi') {
  return renderTenantPage(<OrgUnitTree units={UNITS} />, {
    fetchFn: fakeFetch(() => new Response(null, { status: 500 })).fetch,
    session: testSession(),
    language,
  });
}

/** The unit names directly under a list, in order. */
function namesIn(list: HTMLElement): string[] {
  return Array.from(list.children).map(
    (item) => item.querySelector('.org-unit__name')?.textContent ?? '',
  );
}

describe('OrgUnitTree', () => {
  it('nests each unit under its parent, the committee first and outside bodies after', async () => {
    const { container } = renderTree();

    const tree = screen.getByRole('list', { name: 'Sơ đồ cơ cấu tổ chức' });
    expect(namesIn(tree)).toEqual([
      'Ủy ban nhân dân tỉnh Khánh Hòa',
      'Công ty Cấp thoát nước Khánh Hòa',
      'Viễn thông Khánh Hòa (VNPT Khánh Hòa)',
    ]);

    const committee = within(tree).getAllByRole('listitem')[0] as HTMLElement;
    const departments = within(committee).getAllByRole('list')[0] as HTMLElement;
    expect(namesIn(departments)).toEqual([
      'Sở Giao thông vận tải (cũ)',
      'Sở Khoa học và Công nghệ tỉnh Khánh Hòa',
      'Sở Xây dựng tỉnh Khánh Hòa',
      'Ủy ban nhân dân phường Nha Trang',
    ]);

    const science = screen.getByText('Sở Khoa học và Công nghệ tỉnh Khánh Hòa').closest('li');
    const intake = within(science as HTMLElement).getByText(
      'Trung tâm Giám sát, điều hành đô thị thông minh',
    );
    const intakeItem = intake.closest('li') as HTMLElement;
    expect(within(intakeItem).getByText('Trung tâm tiếp nhận')).toBeTruthy();
    expect(within(intakeItem).getByText('Mã: ioc')).toBeTruthy();
    expect(within(intakeItem).getByText('Điện thoại: 0258 0000 115')).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it('labels kinds in words and marks units that no longer operate', () => {
    renderTree();

    const committee = screen.getByText('Ủy ban nhân dân tỉnh Khánh Hòa').parentElement;
    expect(within(committee as HTMLElement).getByText('UBND tỉnh, thành phố')).toBeTruthy();
    const retired = screen.getByText('Sở Giao thông vận tải (cũ)').parentElement;
    expect(within(retired as HTMLElement).getByText('Ngừng hoạt động')).toBeTruthy();
    expect(screen.getAllByText('Ngừng hoạt động')).toHaveLength(1);
    expect(
      screen.getByText('Công ty Cấp thoát nước Khánh Hòa').parentElement?.textContent,
    ).toContain('Doanh nghiệp dịch vụ công');
  });

  it('speaks English when asked, keeping the units’ own names', () => {
    renderTree('en');

    expect(screen.getByRole('list', { name: 'Organisation tree' })).toBeTruthy();
    expect(screen.getByText('Ủy ban nhân dân tỉnh Khánh Hòa')).toBeTruthy();
    expect(screen.getByText('Provincial People’s Committee')).toBeTruthy();
    expect(screen.getByText('Inactive')).toBeTruthy();
  });
});
