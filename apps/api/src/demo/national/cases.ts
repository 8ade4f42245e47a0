import type { CommunitySeeding } from './national-scale.js';
import type { Register } from './register.js';

const TOPICS = [
  'Møteplan for neste år',
  'Statusrapport for handlingsplanen',
  'Revisjon av samarbeidsavtalen',
  'Felles rutine for utskrivning av skrøpelige eldre',
  'Digital hjemmeoppfølging',
  'Rekruttering av fastleger',
  'Samhandlingsarenaer for barn og unge',
];

/**
 * Cases of this year in the SSU and the partnership meeting, through the case service as the
 * secretariat: as many per organ as the plan has measures, submitted, every third exempt (Offl. § 14).
 */
export async function seedCases(seeding: CommunitySeeding, register: Register): Promise<void> {
  const { services, caller, scale, index } = seeding;
  for (const organ of [register.ssu, register.partnership]) {
    for (let number = 1; number <= scale.measuresPerPlan; number += 1) {
      const exempt = number % 3 === 0;
      const registered = await services.cases.register(caller, {
        organId: organ.id,
        title: `${TOPICS[(number + index) % TOPICS.length] ?? 'Sak'} (${number})`,
        kind: number % 4 === 0 ? 'ORIENTATION' : 'DECISION',
        recommendation: [`${organ.name} slutter seg til forslaget.`],
        background: 'Saken legges fram for behandling i helsefellesskapet.',
        ...(exempt ? { access: 'EXEMPT' as const, exemptionBasis: 'Offl. § 14', publicTitle: 'Internt arbeidsdokument' } : {}),
      });
      await services.cases.changeStatus(caller, { caseId: registered.id, expectedVersion: registered.version, status: 'SUBMITTED' });
    }
  }
}
