import { useId, type ReactNode } from 'react';
import type { DatasetIndex, RelatedUpdate } from '../../data/createIndex';
import type { DayNumber } from '../../data/dates';
import type { Entity } from '../../data/schema';
import { strings } from '../../app/strings';
import { groupUpdates, type UpdateGroups } from './groupUpdates';
import { UpdateItem } from './UpdateItem';

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

  return (
    <>
      {own.length > 0 && (
        <Group title={strings.panel.updatesHeading}>
          {own.map((item) => (
            <UpdateItem
              key={item.update.id}
              item={item}
              index={index}
              current={current}
              onMoveTo={onMoveTo}
            />
          ))}
        </Group>
      )}
      {related.map(({ relation, updates: items }) => (
        <Group key={relation} title={label(relation)}>
          {items.map((item) => (
            <UpdateItem
              key={item.update.id}
              item={item}
              index={index}
              current={current}
              onMoveTo={onMoveTo}
            />
          ))}
        </Group>
      ))}
    </>
  );
}

/** A subheading and its list; not a landmark — the panel already is one, headings suffice inside. */
function Group({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <div className="update-group">
      <h3 id={id} className="update-group__title">
        {title}
      </h3>
      <ol className="update-group__list" aria-labelledby={id}>
        {children}
      </ol>
    </div>
  );
}
