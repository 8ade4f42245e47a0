import { AppError, conflict, notFound } from '../../common/errors.js';
import type { InTransaction, Repositories } from '../../database/repositories.js';
import type { Caller } from '../auth/caller.js';
import { isPartnerInYear } from '../partner/partner.rules.js';
import { allocateCosts, AllocationInputError, ratioToPpm, type Allocation, type AllocationInput } from './allocation.js';
import { municipalShareOf } from './budget.js';
import { CoordinatorBudgetEntity, type CoordinatorBudgetCostLineEntity } from './coordinator-budget.entity.js';
import type { CostAllocationWhatIfInput, SaveCoordinatorBudgetInput } from './cost-sharing.inputs.js';
import { assertMayEditBudgets } from './cost-sharing.policy.js';

export interface BudgetWithLines {
  budget: CoordinatorBudgetEntity;
  lines: CoordinatorBudgetCostLineEntity[];
}

export interface StoredAllocation {
  budgetYear: number;
  populationYear: number;
  allocation: Allocation;
}

export class CostSharingService {
  constructor(
    private readonly repositories: Repositories,
    private readonly inTransaction: InTransaction,
  ) {}

  /**
   * The stored budget split among the municipalities that are partners in the budget year, by
   * population per 1 January of the year before.
   */
  async allocationForBudget(communityId: string, budgetYear: number): Promise<StoredAllocation> {
    const budget = await this.repositories.coordinatorBudgets.readByYear(communityId, budgetYear);
    if (!budget) {
      if (!(await this.repositories.communities.findById(communityId))) throw notFound('community', communityId);
      throw new AppError('NOT_FOUND', 'NO_BUDGET_FOR_YEAR', { budgetYear }, `The community has no coordinator budget for ${budgetYear}.`);
    }
    const lines = await this.repositories.coordinatorBudgets.readCostLines([budget.id]);
    const populationYear = budgetYear - 1;
    const municipalities = (await this.repositories.partners.readByCommunityIds([communityId])).filter(
      (partner) => partner.kind === 'MUNICIPALITY' && isPartnerInYear(partner, budgetYear),
    );
    const populations = new Map(
      (
        await this.repositories.partners.readPopulationsOfYear(
          municipalities.map((partner) => partner.id),
          populationYear,
        )
      ).map((figure) => [figure.partnerId, figure.population]),
    );
    const missing = municipalities.filter((partner) => !populations.has(partner.id)).map((partner) => partner.name);
    if (missing.length > 0) {
      throw new AppError(
        'NOT_FOUND',
        'POPULATION_MISSING',
        { populationYear, budgetYear, municipalities: missing.join(', ') },
        `No population per 1 January ${populationYear} for ${missing.join(', ')}: record it before allocating ${budgetYear}.`,
      );
    }
    const allocation = allocate({
      municipalShare: municipalShareOf(lines, budget.stateGrant).municipalShare,
      fixedSharePpm: budget.fixedSharePpm,
      municipalities: municipalities
        .map((partner) => ({
          municipalityNumber: partner.municipalityNumber ?? '',
          name: partner.name,
          population: populations.get(partner.id) ?? 0,
        }))
        .sort((a, b) => a.municipalityNumber.localeCompare(b.municipalityNumber)),
    });
    return { budgetYear, populationYear, allocation };
  }

  whatIf(input: CostAllocationWhatIfInput): Allocation {
    const ratioInRange = input.fixedShareRatio >= 0 && input.fixedShareRatio <= 1;
    return allocate({
      municipalShare: input.municipalShare,
      // NaN makes the allocation report the ratio among all other problems at once.
      fixedSharePpm: ratioInRange ? ratioToPpm(input.fixedShareRatio) : Number.NaN,
      municipalities: input.municipalities.map((municipality) => ({
        municipalityNumber: municipality.municipalityNumber,
        name: municipality.name ?? null,
        population: municipality.population,
      })),
    });
  }

  /**
   * Creates or changes (corrects) the budget of a year with its cost lines, in one transaction. A
   * change names the version it was made from and is written only if the budget is still at it
   * (`UPDATE … WHERE version = $expected`): of two editors who loaded the same version, the later save
   * is refused with BUDGET_CHANGED instead of overwriting the first unseen. Two saves creating the same
   * year meet at the unique constraint and the later one is told BUDGET_EXISTS.
   */
  saveBudget(caller: Caller, communityId: string, input: SaveCoordinatorBudgetInput): Promise<BudgetWithLines> {
    return this.inTransaction(async (repositories) => {
      if (!(await repositories.communities.findById(communityId))) throw notFound('community', communityId);
      assertMayEditBudgets(caller, communityId);
      const { budgetYear } = input;
      const expectedVersion = input.expectedVersion ?? null;
      const existing = await repositories.coordinatorBudgets.findByYear(communityId, budgetYear);
      if (existing && expectedVersion === null)
        throw conflict(
          'BUDGET_VERSION_REQUIRED',
          { budgetYear, currentVersion: existing.version },
          `The budget for ${budgetYear} exists (version ${existing.version}): say which version the change was made from.`,
          'expectedVersion',
        );
      if (!existing && expectedVersion !== null)
        throw new AppError('NOT_FOUND', 'NO_BUDGET_FOR_YEAR', { budgetYear }, `The community has no coordinator budget for ${budgetYear}.`);
      const values = { stateGrant: input.stateGrant, fixedSharePpm: ratioToPpm(input.fixedShareRatio) };
      const before = existing ? { ...existing, costLines: await repositories.coordinatorBudgets.findCostLines([existing.id]) } : null;
      let saved: CoordinatorBudgetEntity;
      if (existing && expectedVersion !== null) {
        const version = await repositories.coordinatorBudgets.updateIfVersion(existing.id, expectedVersion, values);
        if (version === null) {
          const current = await repositories.coordinatorBudgets.findByYear(communityId, budgetYear);
          throw conflict(
            'BUDGET_CHANGED',
            { budgetYear, expectedVersion, currentVersion: current?.version ?? expectedVersion },
            `The budget for ${budgetYear} was saved by someone else since version ${expectedVersion}; nothing was overwritten.`,
            'expectedVersion',
          );
        }
        saved = Object.assign(existing, values, { version });
      } else {
        saved = await repositories.coordinatorBudgets.save(
          Object.assign(new CoordinatorBudgetEntity(), { communityId, budgetYear, ...values, version: 1 }),
        );
      }
      await repositories.coordinatorBudgets.replaceCostLines(
        saved.id,
        input.costLines.map((line) => ({ label: line.label.trim(), amount: line.amount })),
      );
      const lines = await repositories.coordinatorBudgets.findCostLines([saved.id]);
      await repositories.audit.record(caller, {
        action: before ? 'UPDATE' : 'CREATE',
        entityType: 'CoordinatorBudget',
        entityId: saved.id,
        communityId,
        before,
        after: { ...saved, costLines: lines.map(({ label, amount }) => ({ label, amount })) },
      });
      return { budget: saved, lines };
    });
  }

  /**
   * Starts the budget of the year after `fromYear` as a copy of it (cost lines, state grant, fixed
   * share), for the secretariat to edit. Refused when that year has a budget already (also when a
   * parallel request made it first: the unique constraint on the year) or `fromYear` has none.
   */
  startNextBudget(caller: Caller, communityId: string, fromYear: number): Promise<BudgetWithLines> {
    return this.inTransaction(async (repositories) => {
      if (!(await repositories.communities.findById(communityId))) throw notFound('community', communityId);
      assertMayEditBudgets(caller, communityId);
      const budgetYear = fromYear + 1;
      const source = await repositories.coordinatorBudgets.findByYear(communityId, fromYear);
      if (!source) {
        throw new AppError(
          'NOT_FOUND',
          'NO_BUDGET_TO_COPY',
          { fromYear, budgetYear },
          `fromYear: the community has no budget for ${fromYear} to start ${budgetYear} from.`,
          'fromYear',
        );
      }
      if (await repositories.coordinatorBudgets.findByYear(communityId, budgetYear)) {
        throw conflict('BUDGET_EXISTS', { budgetYear }, `The community already has a budget for ${budgetYear}.`, 'fromYear');
      }
      const sourceLines = await repositories.coordinatorBudgets.findCostLines([source.id]);
      const saved = await repositories.coordinatorBudgets.save(
        Object.assign(new CoordinatorBudgetEntity(), {
          communityId,
          budgetYear,
          stateGrant: source.stateGrant,
          fixedSharePpm: source.fixedSharePpm,
        }),
      );
      await repositories.coordinatorBudgets.replaceCostLines(saved.id, sourceLines);
      const lines = await repositories.coordinatorBudgets.findCostLines([saved.id]);
      await repositories.audit.record(caller, {
        action: 'CREATE',
        entityType: 'CoordinatorBudget',
        entityId: saved.id,
        communityId,
        before: null,
        after: { ...saved, copiedFromYear: fromYear, costLines: lines.map(({ label, amount }) => ({ label, amount })) },
      });
      return { budget: saved, lines };
    });
  }

  /**
   * Deletes a year's budget made by mistake (a year started too far ahead, say), with its lines; the
   * audit event keeps what it held. Two deletions at once: the later one finds nothing to delete.
   */
  deleteBudget(caller: Caller, communityId: string, budgetYear: number): Promise<string> {
    return this.inTransaction(async (repositories) => {
      if (!(await repositories.communities.findById(communityId))) throw notFound('community', communityId);
      assertMayEditBudgets(caller, communityId);
      const budget = await repositories.coordinatorBudgets.findByYearForUpdate(communityId, budgetYear);
      if (!budget) {
        throw new AppError('NOT_FOUND', 'NO_BUDGET_FOR_YEAR', { budgetYear }, `The community has no coordinator budget for ${budgetYear}.`);
      }
      const lines = await repositories.coordinatorBudgets.findCostLines([budget.id]);
      await repositories.coordinatorBudgets.delete(budget.id);
      await repositories.audit.record(caller, {
        action: 'DELETE',
        entityType: 'CoordinatorBudget',
        entityId: budget.id,
        communityId,
        before: { ...budget, costLines: lines.map(({ label, amount }) => ({ label, amount })) },
        after: null,
      });
      return budget.id;
    });
  }
}

function allocate(input: AllocationInput): Allocation {
  try {
    return allocateCosts(input);
  } catch (error) {
    const [first] = error instanceof AllocationInputError ? error.problems : [];
    // The first problem gives the reason; the message lists them all.
    if (error instanceof AllocationInputError && first)
      throw new AppError('BAD_USER_INPUT', first.reason, first.params, error.message, first.field);
    throw error;
  }
}
