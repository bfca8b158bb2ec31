import type { RefObject } from 'react';
import type { DatasetIndex } from '../../data/createIndex';
import type { Entity } from '../../data/schema';
import { strings } from '../../shared/text/strings';
import { CloseButton } from '../../shared/ui/CloseButton';
import { entityName } from '../../data/entityName';

interface Props {
  index: DatasetIndex;
  entity: Entity;
  headingId: string;
  /** Where focus goes when a reader opens the panel. */
  headingRef: RefObject<HTMLHeadingElement | null>;
  onClose: () => void;
}

/** The panel's name (its landmark's label), what kind of entity it is, and Close. */
export function PanelHeader({ index, entity, headingId, headingRef, onClose }: Props) {
  return (
    <header className="country-panel__header">
      <div className="country-panel__titles">
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="country-panel__title">
          {entity.name}
        </h2>
        {entity.kind === 'company' && (
          <p className="country-panel__kind">{strings.panel.companyOf(entityName(index, entity.country))}</p>
        )}
        {entity.kind === 'bloc' && (
          <p className="country-panel__kind">{strings.panel.blocOf(entity.members.length)}</p>
        )}
      </div>
      <CloseButton className="country-panel__close" onClick={onClose} />
    </header>
  );
}
