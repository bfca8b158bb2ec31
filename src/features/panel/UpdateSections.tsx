import type { DatasetIndex, RelatedUpdate } from '../../data/createIndex';
import type { DayNumber } from '../../data/dates';
import type { Entity } from '../../data/schema';
import { strings } from '../../shared/text/strings';
import { groupUpdates, type UpdateGroups } from './groupUpdates';
import { UpdateSection } from './UpdateSection';

interface Props {
  index: DatasetIndex;
  entity: Entity;
  updates: readonly RelatedUpdate[];
  current: DayNumber;
  onMoveTo: (day: DayNumber) => void;
}

/** The entity's own updates, then related ones under a subheading per relation. */
export function UpdateSections({ index, entity, updates, current, onMoveTo }: Props) {
  const { own, related } = groupUpdates(updates);
  const label = (relation: UpdateGroups['related'][number]['relation']) =>
    // The shared labels say "this country"; a company or bloc is only ever mentioned.
    entity.kind === 'country' ? strings.relationLabel[relation] : strings.panel.mentionsEntity(entity.name);
  const shared = { index, current, onMoveTo };

  return (
    <>
      {own.length > 0 && <UpdateSection title={strings.panel.updatesHeading} items={own} {...shared} />}
      {related.map(({ relation, updates: items }) => (
        <UpdateSection key={relation} title={label(relation)} items={items} {...shared} />
      ))}
    </>
  );
}
