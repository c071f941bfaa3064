import { Input, Switch, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { createAddress, fetchAddress, updateAddress } from '../../../api';
import { Icon, SubmitButton } from '../../../components';
import { EMPTY_ADDRESS_FORM, formOf, type AddressForm } from '../../../lib/address-form';
import { putPicked } from '../../../lib/picked';
import type { RegionChoice } from '../../../lib/regions';
import { idParam } from '../../../lib/routes';
import { toast, toastSuccess } from '../../../lib/toast';
import { checkAddressForm, chooseAddressCancelled, formWithWechatAddress, regionLabel, regionNeedsRepick, regionTrailOf, REGION_MISSING, withRegion } from './logic';
import { RegionSheet } from './RegionSheet';
import '../shared/trade.scss';
import './index.scss';

type TextFieldKey = 'recipientName' | 'phone' | 'detail';

const TEXT_FIELDS: Record<TextFieldKey, { label: string; placeholder: string; type?: 'number' }> = {
  recipientName: { label: '收货人', placeholder: '名字' },
  phone: { label: '手机号', placeholder: '11 位手机号', type: 'number' },
  detail: { label: '详细地址', placeholder: '街道、门牌号' },
};

function TextField({ field, form, onChange }: { field: TextFieldKey; form: AddressForm; onChange: (change: Partial<AddressForm>) => void }) {
  const { label, placeholder, type } = TEXT_FIELDS[field];
  return (
    <View className='address-edit__row'>
      <Text className='address-edit__label'>{label}</Text>
      <Input
        className='address-edit__input'
        type={type === 'number' ? 'number' : 'text'}
        value={form[field]}
        placeholder={placeholder}
        onInput={(e) => onChange({ [field]: e.detail.value })}
        data-testid={`address-${field}`}
      />
    </View>
  );
}

/** 新增/编辑收货地址: the region from the 省/市/区 sheet; in the mini-program the WeChat address can be imported. */
export default function AddressEditPage() {
  const { params } = useRouter();
  const id = idParam(params.id);
  const [form, setForm] = useState<AddressForm>(EMPTY_ADDRESS_FORM);
  const [choosingRegion, setChoosingRegion] = useState(false);
  const change = (fields: Partial<AddressForm>) => setForm((f) => ({ ...f, ...fields }));

  useEffect(() => {
    if (id !== null) void fetchAddress(id).then((address) => setForm(formOf(address)));
    void Taro.setNavigationBarTitle({ title: id !== null ? '编辑收货地址' : '新增收货地址' });
  }, [id]);

  const importWechat = async () => {
    try {
      const imported = formWithWechatAddress(form, await Taro.chooseAddress());
      setForm(imported.form);
      if (!imported.regionRecognised) toast('请重新选择所在地区');
    } catch (error) {
      if (!chooseAddressCancelled(error)) toast('未能读取微信收货地址，请手动填写');
    }
  };

  const pickRegion = (choice: RegionChoice) => {
    setForm((f) => withRegion(f, choice));
    setChoosingRegion(false);
  };

  const save = async () => {
    const checked = checkAddressForm(form);
    if (!checked.ok) return toast(checked.message);
    const saved = id !== null ? await updateAddress(id, checked.input) : await createAddress(checked.input);
    if (params.select === '1') putPicked('address', saved.id);
    toastSuccess('已保存');
    await Taro.navigateBack();
  };

  const region = regionLabel(form);
  return (
    <View className='address-edit'>
      {process.env.TARO_ENV === 'weapp' ? (
        <View className='trade-card address-edit__wechat' onClick={() => void importWechat()} data-testid='wechat-import'>
          <View>
            <Icon name='wechat' size={32} color='#07c160' className='icon--lead' />
            <Text>从微信导入</Text>
          </View>
          <Text className='address-edit__more'>›</Text>
        </View>
      ) : null}
      <View className='trade-card'>
        <TextField field='recipientName' form={form} onChange={change} />
        <TextField field='phone' form={form} onChange={change} />
        <View className='address-edit__row' onClick={() => setChoosingRegion(true)} data-testid='address-region'>
          <Text className='address-edit__label'>所在地区</Text>
          <View className='address-edit__region'>
            <Text className={region ? '' : 'address-edit__placeholder'}>{region || '省、市、区县'}</Text>
            {regionNeedsRepick(form) ? (
              <Text className='address-edit__repick' data-testid='region-repick'>
                未能识别这个地区，{REGION_MISSING}
              </Text>
            ) : null}
          </View>
          <Text className='address-edit__more'>›</Text>
        </View>
        <TextField field='detail' form={form} onChange={change} />
        <View className='address-edit__row'>
          <Text className='address-edit__label'>设为默认</Text>
          <Switch checked={form.isDefault} color='#e4393c' onChange={(e) => change({ isDefault: e.detail.value })} />
        </View>
      </View>
      <View className='address-edit__save'>
        <SubmitButton onSubmit={save} busyText='保存中…' className='address-edit__button' testId='save-address'>
          保存
        </SubmitButton>
      </View>
      {choosingRegion ? <RegionSheet initial={regionTrailOf(form)} onPick={pickRegion} onClose={() => setChoosingRegion(false)} /> : null}
    </View>
  );
}
