import { useMutation } from '@apollo/client/react';
import { PRIORITY_PATIENT_GROUPS } from '@helsefellesskap/status-schema';
import { useTranslation } from 'react-i18next';

import { graphql } from '../../gql';
import type { AddMeasureInput, AddTargetInput, PriorityPatientGroup } from '../../gql/graphql';
import { AuthoringForm, type FieldSpec } from './authoring-form';
import {
  buildInput,
  choices,
  type FormValues,
  numberText,
  optionalDate,
  optionalId,
  optionalNumber,
  ownerChoice,
  ownerIds,
  requiredText,
  valueOf,
} from './authoring-input';
import { patientGroupLabel, toLocale } from './status-presentation';

const refetch = { refetchQueries: ['PlanEditor'], awaitRefetchQueries: true };

const AddFocusAreaMutation = graphql(`
  mutation AddFocusArea($input: AddFocusAreaInput!) {
    addFocusArea(input: $input) {
      id
    }
  }
`);
const UpdateFocusAreaMutation = graphql(`
  mutation UpdateFocusArea($input: UpdateFocusAreaInput!) {
    updateFocusArea(input: $input) {
      id
    }
  }
`);
const AddTargetMutation = graphql(`
  mutation AddTarget($input: AddTargetInput!) {
    addTarget(input: $input) {
      id
    }
  }
`);
const UpdateTargetMutation = graphql(`
  mutation UpdateTarget($input: UpdateTargetInput!) {
    updateTarget(input: $input) {
      id
    }
  }
`);
const AddMeasureMutation = graphql(`
  mutation AddMeasure($input: AddMeasureInput!) {
    addMeasure(input: $input) {
      id
    }
  }
`);
const UpdateMeasureMutation = graphql(`
  mutation UpdateMeasure($input: UpdateMeasureInput!) {
    updateMeasure(input: $input) {
      id
    }
  }
`);

export interface Choice {
  id: string;
  name: string;
}

/** What the forms choose from: the community's organs and partners, and who may report. */
export interface EditorChoices {
  organs: readonly Choice[];
  partners: readonly Choice[];
  reporters: readonly Choice[];
}

type FocusAreaField = 'title' | 'responsibleOrganId';

export interface FocusAreaValues {
  id: string;
  title: string;
  responsibleOrganId?: string | null;
}

/** Adds a focus area to the plan (no `focusArea`) or changes one. */
export function FocusAreaForm({
  planId,
  focusArea,
  choices: options,
  onSaved,
}: {
  planId: string;
  focusArea?: FocusAreaValues;
  choices: EditorChoices;
  onSaved?: () => void;
}) {
  const { t } = useTranslation();
  const [add] = useMutation(AddFocusAreaMutation, refetch);
  const [update] = useMutation(UpdateFocusAreaMutation, refetch);
  const fields: FieldSpec<FocusAreaField>[] = [
    { name: 'title', kind: 'text', label: t('planAuthoring.focusArea.title') },
    {
      name: 'responsibleOrganId',
      kind: 'select',
      label: t('planAuthoring.focusArea.organ'),
      description: t('planAuthoring.focusArea.organDescription'),
      emptyOption: t('planAuthoring.focusArea.noOrgan'),
      options: options.organs.map((organ) => ({ value: organ.id, label: organ.name })),
    },
  ];
  const build = (values: FormValues<FocusAreaField>) => {
    const title = requiredText(values.title);
    return buildInput<FocusAreaField, { title: string; responsibleOrganId: string | null }>([['title', title]], () => ({
      title: valueOf(title),
      responsibleOrganId: optionalId(values.responsibleOrganId),
    }));
  };
  return (
    <AuthoringForm
      fields={fields}
      initial={{ title: focusArea?.title ?? '', responsibleOrganId: focusArea?.responsibleOrganId ?? '' }}
      build={build}
      send={(input) =>
        focusArea
          ? update({ variables: { input: { focusAreaId: focusArea.id, ...input } } })
          : add({ variables: { input: { planId, ...input } } })
      }
      submitLabel={t(focusArea ? 'planAuthoring.focusArea.submitSave' : 'planAuthoring.focusArea.submitAdd')}
      failedHeading={t('planAuthoring.focusArea.failed')}
      savedMessage={t(focusArea ? 'planAuthoring.focusArea.saved' : 'planAuthoring.focusArea.added')}
      resetAfterSave={!focusArea}
      onSaved={onSaved}
    />
  );
}

type TargetField = 'description' | 'indicatorName' | 'unit' | 'baseline' | 'targetValue' | 'startsOn' | 'dueDate';

export interface TargetValues {
  id: string;
  description: string;
  indicatorName: string;
  unit: string;
  baseline?: number | null;
  targetValue?: number | null;
  startsOn?: string | null;
  dueDate?: string | null;
}

/** Adds a target to a focus area (no `target`) or changes one. */
export function TargetForm({ focusAreaId, target, onSaved }: { focusAreaId: string; target?: TargetValues; onSaved?: () => void }) {
  const { t, i18n } = useTranslation();
  const [add] = useMutation(AddTargetMutation, refetch);
  const [update] = useMutation(UpdateTargetMutation, refetch);
  const label = (field: TargetField) => t(`planAuthoring.target.${field}`);
  const fields: FieldSpec<TargetField>[] = [
    { name: 'description', kind: 'textarea', label: label('description') },
    { name: 'indicatorName', kind: 'text', label: label('indicatorName') },
    { name: 'unit', kind: 'text', label: label('unit'), description: t('planAuthoring.target.unitDescription') },
    { name: 'baseline', kind: 'number', label: label('baseline') },
    { name: 'targetValue', kind: 'number', label: label('targetValue') },
    { name: 'startsOn', kind: 'date', label: label('startsOn') },
    { name: 'dueDate', kind: 'date', label: label('dueDate') },
  ];
  const comma = i18n.language !== 'en';
  const build = (values: FormValues<TargetField>) => {
    const parsed = {
      description: requiredText(values.description),
      indicatorName: requiredText(values.indicatorName),
      unit: requiredText(values.unit),
      baseline: optionalNumber(values.baseline),
      targetValue: optionalNumber(values.targetValue),
      startsOn: optionalDate(values.startsOn),
      dueDate: optionalDate(values.dueDate),
    };
    return buildInput<TargetField, Omit<AddTargetInput, 'focusAreaId'>>(
      [
        ['description', parsed.description],
        ['indicatorName', parsed.indicatorName],
        ['unit', parsed.unit],
        ['baseline', parsed.baseline],
        ['targetValue', parsed.targetValue],
        ['startsOn', parsed.startsOn],
        ['dueDate', parsed.dueDate],
      ],
      () => ({
        description: valueOf(parsed.description),
        indicatorName: valueOf(parsed.indicatorName),
        unit: valueOf(parsed.unit),
        baseline: valueOf(parsed.baseline),
        targetValue: valueOf(parsed.targetValue),
        startsOn: valueOf(parsed.startsOn),
        dueDate: valueOf(parsed.dueDate),
      }),
    );
  };
  return (
    <AuthoringForm
      fields={fields}
      initial={{
        description: target?.description ?? '',
        indicatorName: target?.indicatorName ?? '',
        unit: target?.unit ?? '',
        baseline: numberText(target?.baseline, comma),
        targetValue: numberText(target?.targetValue, comma),
        startsOn: target?.startsOn ?? '',
        dueDate: target?.dueDate ?? '',
      }}
      build={build}
      send={(input) =>
        target
          ? update({ variables: { input: { targetId: target.id, ...input } } })
          : add({ variables: { input: { focusAreaId, ...input } } })
      }
      submitLabel={t(target ? 'planAuthoring.target.submitSave' : 'planAuthoring.target.submitAdd')}
      failedHeading={t('planAuthoring.target.failed')}
      savedMessage={t(target ? 'planAuthoring.target.saved' : 'planAuthoring.target.added')}
      resetAfterSave={!target}
      onSaved={onSaved}
    />
  );
}

type MeasureField = 'title' | 'owner' | 'reporterUserIds' | 'startsOn' | 'endsOn' | 'patientGroups';

export interface MeasureValues {
  id: string;
  title: string;
  ownerPartnerId?: string | null;
  ownerOrganId?: string | null;
  reporters: readonly Choice[];
  startsOn?: string | null;
  endsOn?: string | null;
  patientGroups: readonly string[];
}

/**
 * Who may be chosen as a reporter: the candidates, and anyone reporting today who no longer is one (a
 * role ended), so the form shows them and can take them off.
 */
function reporterOptions(candidates: readonly Choice[], current: readonly Choice[]): { value: string; label: string }[] {
  const missing = current.filter((reporter) => !candidates.some((candidate) => candidate.id === reporter.id));
  return [...candidates, ...missing].map((reporter) => ({ value: reporter.id, label: reporter.name }));
}

function isPatientGroup(value: string): value is PriorityPatientGroup {
  return PRIORITY_PATIENT_GROUPS.some((group) => group === value);
}

/** Adds a measure to a focus area (no `measure`) or changes one: owner, reporters (any number), dates, patient groups. */
export function MeasureForm({
  focusAreaId,
  measure,
  choices: options,
  onSaved,
}: {
  focusAreaId: string;
  measure?: MeasureValues;
  choices: EditorChoices;
  onSaved?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const [add] = useMutation(AddMeasureMutation, refetch);
  const [update] = useMutation(UpdateMeasureMutation, refetch);
  const fields: FieldSpec<MeasureField>[] = [
    { name: 'title', kind: 'text', label: t('planAuthoring.measure.title') },
    {
      name: 'owner',
      kind: 'select',
      label: t('planAuthoring.measure.owner'),
      emptyOption: t('planAuthoring.measure.noOwner'),
      options: [
        ...options.partners.map((partner) => ({
          value: `partner:${partner.id}`,
          label: t('planAuthoring.measure.ownerPartner', { name: partner.name }),
        })),
        ...options.organs.map((organ) => ({
          value: `organ:${organ.id}`,
          label: t('planAuthoring.measure.ownerOrgan', { name: organ.name }),
        })),
      ],
    },
    {
      name: 'reporterUserIds',
      kind: 'checkboxes',
      label: t('planAuthoring.measure.reporter'),
      description: t('planAuthoring.measure.reporterDescription'),
      options: reporterOptions(options.reporters, measure?.reporters ?? []),
    },
    { name: 'startsOn', kind: 'date', label: t('planAuthoring.measure.startsOn') },
    { name: 'endsOn', kind: 'date', label: t('planAuthoring.measure.endsOn') },
    {
      name: 'patientGroups',
      kind: 'checkboxes',
      label: t('planAuthoring.measure.patientGroups'),
      options: PRIORITY_PATIENT_GROUPS.map((group) => ({ value: group, label: patientGroupLabel(group, locale) })),
    },
  ];
  const build = (values: FormValues<MeasureField>) => {
    const title = requiredText(values.title);
    const startsOn = optionalDate(values.startsOn);
    const endsOn = optionalDate(values.endsOn);
    return buildInput<MeasureField, Omit<AddMeasureInput, 'focusAreaId'>>(
      [
        ['title', title],
        ['startsOn', startsOn],
        ['endsOn', endsOn],
      ],
      () => ({
        title: valueOf(title),
        startsOn: valueOf(startsOn),
        endsOn: valueOf(endsOn),
        ...ownerIds(values.owner),
        reporterUserIds: choices(values.reporterUserIds),
        patientGroups: choices(values.patientGroups).filter(isPatientGroup),
      }),
    );
  };
  return (
    <AuthoringForm
      fields={fields}
      initial={{
        title: measure?.title ?? '',
        owner: ownerChoice(measure?.ownerPartnerId, measure?.ownerOrganId),
        reporterUserIds: (measure?.reporters ?? []).map((reporter) => reporter.id).join(','),
        startsOn: measure?.startsOn ?? '',
        endsOn: measure?.endsOn ?? '',
        patientGroups: (measure?.patientGroups ?? []).join(','),
      }}
      build={build}
      send={(input) =>
        measure
          ? update({ variables: { input: { measureId: measure.id, ...input } } })
          : add({ variables: { input: { focusAreaId, ...input } } })
      }
      submitLabel={t(measure ? 'planAuthoring.measure.submitSave' : 'planAuthoring.measure.submitAdd')}
      failedHeading={t('planAuthoring.measure.failed')}
      savedMessage={t(measure ? 'planAuthoring.measure.saved' : 'planAuthoring.measure.added')}
      resetAfterSave={!measure}
      onSaved={onSaved}
    />
  );
}
