import { Input, Switch, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { createAddress, fetchAddress, updateAddress } from '../../../api';
import { Icon, SubmitButton } from '../../../components';
import { EMPTY_ADDRESS_FORM, formFromWechat, formOf, validateAddress, type AddressForm } from '../../../lib/address-form';
import { isH5 } from '../../../lib/config';
import { putPicked } from '../../../lib/picked';
import { idParam } from '../../../lib/routes';
import { toast, toastSuccess } from '../../../lib/toast';
import '../shared/trade.scss';
import './index.scss';

const FIELDS: readonly { key: Exclude<keyof AddressForm, 'isDefault'>; label: string; placeholder: string; type?: 'number' }[] = [
  { key: 'recipientName', label: '收货人', placeholder: '名字' },
  { key: 'phone', label: '手机号', placeholder: '11 位手机号', type: 'number' },
  { key: 'province', label: '省份', placeholder: '如 上海市' },
  { key: 'city', label: '城市', placeholder: '如 上海市' },
  { key: 'district', label: '区县', placeholder: '如 静安区' },
  { key: 'detail', label: '详细地址', placeholder: '街道、门牌号' },
];

/** 新增/编辑收货地址; in the mini-program the WeChat address can be imported. */
export default function AddressEditPage() {
  const { params } = useRouter();
  const id = idParam(params.id);
  const [form, setForm] = useState<AddressForm>(EMPTY_ADDRESS_FORM);

  useEffect(() => {
    if (id !== null) void fetchAddress(id).then((address) => setForm(formOf(address)));
    void Taro.setNavigationBarTitle({ title: id !== null ? '编辑收货地址' : '新增收货地址' });
  }, [id]);

  const importWechat = async () => {
    try {
      setForm(formFromWechat(await Taro.chooseAddress()));
    } catch {
      // the buyer closed WeChat's picker
    }
  };

  const save = async () => {
    const checked = validateAddress(form);
    if (!checked.ok) return toast(checked.message);
    const saved = id !== null ? await updateAddress(id, checked.input) : await createAddress(checked.input);
    if (params.select === '1') putPicked('address', saved.id);
    toastSuccess('已保存');
    await Taro.navigateBack();
  };

  return (
    <View className='address-edit'>
      {!isH5() ? (
        <View className='trade-card address-edit__wechat' onClick={() => void importWechat()}>
          <View>
            <Icon name='wechat' size={32} color='#07c160' className='icon--lead' />
            <Text>一键导入微信收货地址</Text>
          </View>
          <Text className='address-edit__more'>›</Text>
        </View>
      ) : null}
      <View className='trade-card'>
        {FIELDS.map((field) => (
          <View key={field.key} className='address-edit__row'>
            <Text className='address-edit__label'>{field.label}</Text>
            <Input
              className='address-edit__input'
              type={field.type === 'number' ? 'number' : 'text'}
              value={form[field.key]}
              placeholder={field.placeholder}
              onInput={(e) => setForm((f) => ({ ...f, [field.key]: e.detail.value }))}
              data-testid={`address-${field.key}`}
            />
          </View>
        ))}
        <View className='address-edit__row'>
          <Text className='address-edit__label'>设为默认</Text>
          <Switch checked={form.isDefault} color='#e4393c' onChange={(e) => setForm((f) => ({ ...f, isDefault: e.detail.value }))} />
        </View>
      </View>
      <View className='address-edit__save'>
        <SubmitButton onSubmit={save} busyText='保存中…' className='address-edit__button' testId='save-address'>
          保存
        </SubmitButton>
      </View>
    </View>
  );
}
