import type { DatasetIndex, RelatedUpdate } from '../../data/createIndex';
import type { DatePrecision, DayNumber } from '../../data/dates';
import type { Entity } from '../../data/schema';
import { entityName } from '../../data/entityName';
import { strings } from '../../shared/text/strings';
import { groupUpdates, type RelatedGroup } from './groupUpdates';
import { UpdateSection } from './UpdateSection';

interface Props {
  index: DatasetIndex;
  entity: Entity;
  updates: readonly RelatedUpdate[];
  current: DayNumber;
  onMoveTo: (day: DayNumber, precision: DatePrecision) => void;
}

/** The entity's own updates, then related ones under a subheading per relation (per bloc). */
export function UpdateSections({ index, entity, updates, current, onMoveTo }: Props) {
  const { own, related } = groupUpdates(updates);
  const shared = { index, current, onMoveTo };
  const section = (group: RelatedGroup) => {
    if (group.relation !== 'bloc')
      return {
        key: group.relation,
        // The shared labels say "this country"; a company or bloc is only ever mentioned.
        title:
          entity.kind === 'country'
            ? strings.relationLabel[group.relation]
            : strings.panel.mentionsEntity(entity.name),
      };
    // Said outright, so a member's bloc updates are not read as its own.
    const bloc = index.entities.get(group.bloc);
    const name = entityName(index, group.bloc);
    return {
      key: `bloc-${group.bloc}`,
      title: strings.panel.blocHeading(name),
      note:
        bloc?.kind === 'bloc' ? strings.panel.blocNote(name, bloc.members.length, entity.name) : undefined,
    };
  };

  return (
    <>
      {own.length > 0 && <UpdateSection title={strings.panel.updatesHeading} items={own} {...shared} />}
      {related.map((group) => {
        const { key, title, note } = section(group);
        return <UpdateSection key={key} title={title} note={note} items={group.updates} {...shared} />;
      })}
    </>
  );
}
