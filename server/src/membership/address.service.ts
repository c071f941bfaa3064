import type { DataSource, EntityManager } from 'typeorm';
import { ADDRESS_MAX_PER_MEMBER, AppError, maskPhone, type AddressInput, type AddressUpdate, type AddressView } from '@shop/shared';
import { inTransaction } from '../platform/transaction.js';
import { AddressEntity, type Address } from './address.entity.js';
import { MemberEntity } from './member.entity.js';
import { locking } from '../platform/locking.js';

/**
 * A member's delivery addresses. Invariant: a member with any address has exactly one default.
 * Every write first locks the member row, so concurrent writes of one member (two first
 * addresses, two "make default" taps) run one after another and cannot break the invariant
 * or the per-member cap.
 */
export class AddressService {
  constructor(private readonly dataSource: DataSource) {}

  /** The member's own address, or NOT_FOUND (also for another member's id). */
  async getOwned(memberId: number, addressId: number, manager: EntityManager = this.dataSource.manager): Promise<Address> {
    const address = await manager.findOneBy(AddressEntity, { id: addressId, memberId });
    if (!address) throw new AppError('NOT_FOUND', '地址不存在');
    return address;
  }

  /** Default first, then newest first. Bounded by the per-member cap. */
  /** The member's addresses as staff see them at the counter: phones masked (139****2222). */
  async listForStaff(memberId: number): Promise<AddressView[]> {
    return (await this.list(memberId)).map((address) => ({ ...address, phone: maskPhone(address.phone) }));
  }

  async list(memberId: number): Promise<AddressView[]> {
    const rows = await this.dataSource.manager.find(AddressEntity, {
      where: { memberId },
      order: { isDefault: 'DESC', id: 'DESC' },
      take: ADDRESS_MAX_PER_MEMBER,
    });
    return rows.map(toView);
  }

  async get(memberId: number, addressId: number): Promise<AddressView> {
    return toView(await this.getOwned(memberId, addressId));
  }

  async create(memberId: number, input: AddressInput): Promise<AddressView> {
    return inTransaction(this.dataSource, async (manager) => {
      await lockMember(manager, memberId);
      const count = await manager.countBy(AddressEntity, { memberId });
      if (count >= ADDRESS_MAX_PER_MEMBER) {
        throw new AppError('CONFLICT', `最多保存 ${ADDRESS_MAX_PER_MEMBER} 个收货地址，请先删除不用的地址`);
      }
      // The first address is the default whatever the request says.
      const isDefault = count === 0 || input.isDefault;
      // Only when there is a default to clear: on InnoDB an UPDATE matching no rows still
      // gap-locks the memberId index and deadlocks with other members' first addresses.
      if (isDefault && count > 0) await clearDefault(manager, memberId);
      const { identifiers } = await manager.insert(AddressEntity, {
        memberId,
        recipientName: input.recipientName,
        phone: input.phone,
        province: input.province,
        city: input.city,
        district: input.district,
        detail: input.detail,
        latitude: input.latitude ?? null,
        longitude: input.longitude ?? null,
        isDefault,
      });
      return toView(await manager.findOneByOrFail(AddressEntity, { id: Number(identifiers[0]?.id) }));
    });
  }

  async update(memberId: number, addressId: number, changes: AddressUpdate): Promise<AddressView> {
    return inTransaction(this.dataSource, async (manager) => {
      await lockMember(manager, memberId);
      const address = await this.getOwned(memberId, addressId, manager);
      const { isDefault, ...fields } = changes;
      if (isDefault === false && address.isDefault) {
        // Unsetting would leave the member without a default; choosing another one moves it.
        throw new AppError('CONFLICT', '请把其他地址设为默认地址，默认地址不能直接取消');
      }
      const patch: Partial<Address> = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
      if (isDefault === true && !address.isDefault) {
        await clearDefault(manager, memberId);
        patch.isDefault = true;
      }
      if (Object.keys(patch).length > 0) await manager.update(AddressEntity, { id: addressId, memberId }, patch);
      return toView(await manager.findOneByOrFail(AddressEntity, { id: addressId }));
    });
  }

  /** Deleting the default promotes the most recently added remaining address. */
  async remove(memberId: number, addressId: number): Promise<void> {
    await inTransaction(this.dataSource, async (manager) => {
      await lockMember(manager, memberId);
      const address = await this.getOwned(memberId, addressId, manager);
      await manager.delete(AddressEntity, { id: addressId, memberId });
      if (!address.isDefault) return;
      const next = await manager.findOne(AddressEntity, { where: { memberId }, order: { id: 'DESC' } });
      if (next) await manager.update(AddressEntity, { id: next.id }, { isDefault: true });
    });
  }
}

/** Serialises one member's address writes (the member row lock; SQLite has one writer anyway). */
async function lockMember(manager: EntityManager, memberId: number): Promise<void> {
  await locking(manager, manager.createQueryBuilder(MemberEntity, 'm').select('m.id').where('m.id = :memberId', { memberId })).getRawOne();
}

async function clearDefault(manager: EntityManager, memberId: number): Promise<void> {
  await manager.update(AddressEntity, { memberId, isDefault: true }, { isDefault: false });
}

function toView(address: Address): AddressView {
  return {
    id: address.id,
    recipientName: address.recipientName,
    phone: address.phone,
    province: address.province,
    city: address.city,
    district: address.district,
    detail: address.detail,
    latitude: address.latitude,
    longitude: address.longitude,
    isDefault: address.isDefault,
    createdAt: address.createdAt.toISOString(),
    updatedAt: address.updatedAt.toISOString(),
  };
}
