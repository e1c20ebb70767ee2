import { checkName, DomainError, NotFoundError, readableId, ValidationError } from '@mienskip/kit/rules';
import { attempt, type Decision, refusalOf } from './decision.ts';
import { checkOpeningHours, checkPeriod, minutesOf, type TimeRange, type WeeklyPeriod } from './periods.ts';
import type { Weekday } from './time.ts';

/** A buurt- or dorpskamer's place in the growth model (groeimodel). */
export const ROOM_STATUSES = [
  'PLANNED',
  'IN_NEGOTIATION',
  'AGREEMENTS_DONE',
  'OPEN',
  'OPEN_MORNINGS_ONLY',
] as const;
export type RoomStatus = (typeof ROOM_STATUSES)[number];

export const BUILDING_TYPES = [
  'COMMUNITY_CENTRE',
  'WIJKTEAM_LOCATION',
  'DROP_IN_LOCATION',
  'SHOP',
  'FORMER_SCHOOL',
  'SPORTS_CANTEEN',
  'CARE_HOME_PART',
  'NEIGHBOURHOOD_ENTERPRISE',
  'OTHER',
] as const;
export type BuildingType = (typeof BUILDING_TYPES)[number];

export const MOMENT_KINDS = ['INLOOP', 'SPREEKUUR'] as const;
export type MomentKind = (typeof MOMENT_KINDS)[number];

export const FACILITY_ITEMS = ['COFFEE_TEA', 'ROOM', 'OTHER'] as const;
export type FacilityItem = (typeof FACILITY_ITEMS)[number];

export const FACILITY_PERIODS = ['PER_MONTH', 'PER_YEAR', 'PER_OCCASION'] as const;
export type FacilityPeriod = (typeof FACILITY_PERIODS)[number];

export interface OpeningPeriodInput extends TimeRange {
  weekday: Weekday;
}

export interface RoomMomentInput extends TimeRange {
  kind: MomentKind;
  weekday: Weekday;
  organisationId?: string | null;
  description?: string | null;
}

export interface FacilityAgreementInput {
  item: FacilityItem;
  amount: bigint;
  period: FacilityPeriod;
  description?: string | null;
}

export interface RoomMoment extends WeeklyPeriod {
  kind: MomentKind;
  organisationId: string | null;
  description: string | null;
}

export interface FacilityAgreement {
  item: FacilityItem;
  amountCents: bigint;
  period: FacilityPeriod;
  description: string | null;
}

export interface NewRoomInput {
  name: string;
  areaId: string;
  buildingType: BuildingType;
  status?: RoomStatus | null;
  statusNote?: string | null;
  address?: string | null;
  openingHours?: readonly OpeningPeriodInput[] | null;
}

export interface NewRoom {
  id: string;
  name: string;
  areaId: string;
  buildingType: BuildingType;
  status: RoomStatus;
  statusNote: string | null;
  address: string | null;
  openingHours: WeeklyPeriod[];
}

/** An area that was looked up and exists. */
export interface KnownArea {
  id: string;
}

/**
 * A new room: a name (its id is made from it), opening hours that do not overlap (BR-LO3) and an
 * area that exists; planned unless said otherwise.
 */
export function planNewRoom(input: NewRoomInput, area: KnownArea | undefined): Decision<NewRoom> {
  const name = attempt(() => checkName(input.name)!);
  if (name instanceof DomainError) return name;
  const id = attempt(() => readableId('room', name));
  if (id instanceof DomainError) return id;
  const openingHours = openingPeriods(input.openingHours ?? []);
  if (openingHours instanceof DomainError) return openingHours;
  if (!area) return new NotFoundError('Area', input.areaId);
  return {
    id,
    name,
    areaId: input.areaId,
    buildingType: input.buildingType,
    status: input.status ?? 'PLANNED',
    statusNote: input.statusNote ?? null,
    address: input.address ?? null,
    openingHours,
  };
}

/** Room ids are unique; the database has the last word when two rooms of one name arrive at once. */
export function roomIdTaken(id: string): ValidationError {
  return new ValidationError('name', `A room with id "${id}" already exists`);
}

export interface RoomChangeInput {
  name?: string | null;
  areaId?: string | null;
  buildingType?: BuildingType | null;
  status?: RoomStatus | null;
  statusNote?: string | null;
  address?: string | null;
  openingHours?: readonly OpeningPeriodInput[] | null;
  moments?: readonly RoomMomentInput[] | null;
  facilityAgreements?: readonly FacilityAgreementInput[] | null;
}

export interface RoomChange {
  /** The room's own fields that change; a field left out stays as it is. */
  fields: {
    name?: string;
    areaId?: string;
    buildingType?: BuildingType;
    status?: RoomStatus;
    statusNote?: string | null;
    address?: string | null;
  };
  /** Lists that are given replace the old list whole. */
  openingHours?: WeeklyPeriod[];
  moments?: RoomMoment[];
  facilityAgreements?: FacilityAgreement[];
}

/**
 * A change to a room: a valid name, non-overlapping opening hours and moments that end after they
 * start (BR-LO3), facility amounts not negative, and an area that exists. A note or address sent as
 * null clears it; other fields sent as null are left as they are.
 */
export function planRoomChange(input: RoomChangeInput, area: KnownArea | undefined): Decision<RoomChange> {
  const name = attempt(() => checkName(input.name));
  if (name instanceof DomainError) return name;
  const openingHours = input.openingHours ? openingPeriods(input.openingHours) : undefined;
  if (openingHours instanceof DomainError) return openingHours;
  const moments = input.moments ? roomMoments(input.moments) : undefined;
  if (moments instanceof DomainError) return moments;
  const facilityAgreements = input.facilityAgreements ? facilities(input.facilityAgreements) : undefined;
  if (facilityAgreements instanceof DomainError) return facilityAgreements;
  if (input.areaId && !area) return new NotFoundError('Area', input.areaId);
  const fields: RoomChange['fields'] = {
    ...(name && { name }),
    ...(input.areaId && { areaId: input.areaId }),
    ...(input.buildingType && { buildingType: input.buildingType }),
    ...(input.status && { status: input.status }),
    ...(input.statusNote !== undefined && { statusNote: input.statusNote }),
    ...(input.address !== undefined && { address: input.address }),
  };
  return { fields, openingHours, moments, facilityAgreements };
}

function openingPeriods(input: readonly OpeningPeriodInput[]): Decision<WeeklyPeriod[]> {
  const periods = input.map((p) => ({ weekday: p.weekday, ...minutesOf(p) }));
  const breach = checkOpeningHours(periods);
  if (breach) return refusalOf(breach);
  return periods.map((p) => ({ weekday: p.weekday, fromMinute: p.from, toMinute: p.to }));
}

function roomMoments(input: readonly RoomMomentInput[]): Decision<RoomMoment[]> {
  const moments: RoomMoment[] = [];
  for (const [i, moment] of input.entries()) {
    const period = minutesOf(moment);
    const breach = checkPeriod(period, `moments.${i}.to`);
    if (breach) return refusalOf(breach);
    moments.push({
      kind: moment.kind,
      weekday: moment.weekday,
      fromMinute: period.from,
      toMinute: period.to,
      organisationId: moment.organisationId || null,
      description: moment.description ?? null,
    });
  }
  return moments;
}

function facilities(input: readonly FacilityAgreementInput[]): Decision<FacilityAgreement[]> {
  const negative = input.findIndex((f) => f.amount < 0n);
  if (negative >= 0)
    return new ValidationError(`facilityAgreements.${negative}.amount`, 'An amount cannot be negative');
  return input.map((f) => ({
    item: f.item,
    amountCents: f.amount,
    period: f.period,
    description: f.description ?? null,
  }));
}
