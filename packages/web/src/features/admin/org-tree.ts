import type { MessageKey } from '../../i18n/messages';
import type { OrgUnit } from '../../lib/org-units';

export type OrgTreeNode = { unit: OrgUnit; children: OrgTreeNode[] };

/** Kinds in the order a reader expects them: the committee first, then who takes reports in. */
const KIND_ORDER = [
  'provincial_committee',
  'intake_center',
  'department',
  'commune',
  'utility',
  'central_agency',
  'other',
] as const;
type OrgUnitKind = (typeof KIND_ORDER)[number];

const KIND_LABELS: Record<OrgUnitKind, MessageKey> = {
  provincial_committee: 'orgKind.provincial_committee',
  intake_center: 'orgKind.intake_center',
  department: 'orgKind.department',
  commune: 'orgKind.commune',
  utility: 'orgKind.utility',
  central_agency: 'orgKind.central_agency',
  other: 'orgKind.other',
};

function isKind(kind: string): kind is OrgUnitKind {
  return (KIND_ORDER as readonly string[]).includes(kind);
}

/** The catalogue key of a unit kind; a kind this client does not know reads as "other". */
export function kindLabelKey(kind: string): MessageKey {
  return isKind(kind) ? KIND_LABELS[kind] : KIND_LABELS.other;
}

function kindRank(kind: string): number {
  return isKind(kind) ? KIND_ORDER.indexOf(kind) : KIND_ORDER.length;
}

function compareUnits(a: OrgUnit, b: OrgUnit): number {
  return kindRank(a.kind) - kindRank(b.kind) || a.name.localeCompare(b.name, 'vi');
}

/**
 * Builds the organisation tree from the flat list. Units without a parent, or whose parent is
 * not in the list, are roots (utilities and central agencies stand outside the provincial
 * government); a cycle in bad data cannot loop, as each unit is placed once.
 */
export function buildOrgTree(units: readonly OrgUnit[]): OrgTreeNode[] {
  const nodes = new Map<string, OrgTreeNode>();
  for (const unit of units) {
    nodes.set(unit.id, { unit, children: [] });
  }
  const roots: OrgTreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId ? nodes.get(node.unit.parentId) : undefined;
    if (parent && parent !== node && !isAncestor(node, parent, nodes)) {
      parent.children.push(node);
    } else {
      roots.push(node);
    }
  }
  const sort = (list: OrgTreeNode[]) => {
    list.sort((a, b) => compareUnits(a.unit, b.unit));
    for (const node of list) {
      sort(node.children);
    }
  };
  sort(roots);
  return roots;
}

/** Whether `node` is an ancestor of `candidate` by parent links (guards against cycles). */
function isAncestor(
  node: OrgTreeNode,
  candidate: OrgTreeNode,
  nodes: Map<string, OrgTreeNode>,
): boolean {
  const seen = new Set<string>();
  let current: OrgTreeNode | undefined = candidate;
  while (current?.unit.parentId && !seen.has(current.unit.id)) {
    seen.add(current.unit.id);
    if (current.unit.parentId === node.unit.id) {
      return true;
    }
    current = nodes.get(current.unit.parentId);
  }
  return false;
}
