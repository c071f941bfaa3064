import { ScrollView, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Icon } from '../../../components';
import { cities, districts, provinces, type Region, type RegionChoice, type RegionTrail } from '../../../lib/regions';
import './RegionSheet.scss';

const STEPS = ['省份', '城市', '区县'] as const;
const LAST_STEP = STEPS.length - 1;

function optionsAt(step: number, trail: readonly Region[]): Region[] {
  if (step === 0) return provinces();
  const parent = trail[step - 1];
  if (!parent) return [];
  return step === 1 ? cities(parent.code) : districts(parent.code);
}

/** Ids for scroll-into-view may not start with a digit. */
const optionId = (region: Region) => `region-${region.code}`;

interface RegionSheetProps {
  /** The current choice, as far as it is known: the sheet opens on its last step. */
  initial: RegionTrail;
  onPick: (choice: RegionChoice) => void;
  onClose: () => void;
}

/**
 * 所在地区 the way JD and Taobao ask for it: 省份 → 城市 → 区县 as tabs along the top, one list
 * below; a tap goes a step further, the district closes the sheet, an earlier tab goes back.
 * Plain views (no native picker), so weapp and H5 behave the same.
 */
export function RegionSheet({ initial, onPick, onClose }: RegionSheetProps) {
  const [trail, setTrail] = useState<Region[]>(() => [...initial]);
  const [step, setStep] = useState(() => Math.min(initial.length, LAST_STEP));
  const options = optionsAt(step, trail);
  const chosen = trail[step];

  const choose = (region: Region) => {
    // The same place again keeps what was chosen below it; another place starts over from there.
    const next = chosen?.code === region.code ? trail : [...trail.slice(0, step), region];
    if (step === LAST_STEP) {
      const [province, city] = next;
      if (province && city) onPick({ province, city, district: region });
      return;
    }
    setTrail(next);
    setStep(step + 1);
  };

  return (
    <View className='region-sheet' data-testid='region-sheet'>
      <View className='region-sheet__mask' onClick={onClose} />
      <View className='region-sheet__panel'>
        <View className='region-sheet__head'>
          <Text className='region-sheet__title'>选择所在地区</Text>
          <View className='region-sheet__close' onClick={onClose} data-testid='region-close'>
            <Icon name='close' size={40} color='#999' label='关闭' />
          </View>
        </View>
        <View className='region-sheet__tabs'>
          {STEPS.map((stepName, n) => {
            const reachable = n <= trail.length;
            const state = n === step ? ' region-sheet__tab--on' : reachable ? '' : ' region-sheet__tab--off';
            return (
              <Text key={stepName} className={`region-sheet__tab${state}`} onClick={() => reachable && setStep(n)} aria-disabled={!reachable} data-testid={`region-tab-${n}`}>
                {trail[n]?.name ?? stepName}
              </Text>
            );
          })}
        </View>
        {/* Keyed by step: each list starts at its top, or at the current choice. */}
        <ScrollView key={step} className='region-sheet__list' scrollY scrollIntoView={chosen ? optionId(chosen) : undefined}>
          {options.map((region) => {
            const on = region.code === chosen?.code;
            return (
              <View key={region.code} id={optionId(region)} className={`region-sheet__option${on ? ' region-sheet__option--on' : ''}`} onClick={() => choose(region)} data-testid='region-option'>
                <Text>{region.name}</Text>
                {on ? <Icon name='check' size={32} color='#e4393c' /> : null}
              </View>
            );
          })}
        </ScrollView>
      </View>
    </View>
  );
}
