import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { MAX_HOT_WORDS, type AdminHotWordView, type HotWordUpdateRequest } from '@shop/shared';
import { useState } from 'react';
import { AsyncView, SubmitButton } from '../../../components';
import { useAsyncData } from '../../../hooks/useAsyncData';
import { toastError, toastSuccess } from '../../../lib/toast';
import { createHotWord, deleteHotWord, fetchHotWordList, updateHotWord } from '../api/hot-words';
import { FormInput, FormRow } from '../components/FormRow';
import { marketingPage } from '../components/MarketingShell';
import { hotWordProblem, wordRefusal } from '../lib/hot-word-form';
import './index.scss';

type Words = AdminHotWordView[];

/** The add form: a refusal (empty, too long, taken, list full) shows under the field. */
function AddHotWord({ onAdded }: { onAdded: (words: Words) => void }) {
  const [word, setWord] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const add = async () => {
    const typed = hotWordProblem(word);
    setProblem(typed);
    if (typed) return;
    try {
      onAdded(await createHotWord(word.trim()));
    } catch (error) {
      const refusal = wordRefusal(error);
      if (refusal) setProblem(refusal);
      else toastError(error);
      return;
    }
    setWord('');
    toastSuccess('已添加');
  };
  return (
    <View className='staff-card'>
      <Text className='staff-title'>添加热搜词</Text>
      <FormRow label='热搜词' error={problem ?? undefined} testId='hot-word-new'>
        <FormInput
          value={word}
          onChange={(value) => {
            setWord(value);
            setProblem(null);
          }}
          placeholder={'如 帆布包，最多 20 个字'}
          testId='hot-word-new-input'
        />
        <SubmitButton onSubmit={add} busyText='添加中…' testId='hot-word-add'>
          添加
        </SubmitButton>
      </FormRow>
      <Text className='staff-muted'>新词排在最后，可用「上移」调整位置。</Text>
    </View>
  );
}

interface RowProps {
  item: AdminHotWordView;
  index: number;
  count: number;
  onChanged: (words: Words) => void;
  /** Reads the list again after a refused change, so the screen shows what the server holds. */
  onStale: () => Promise<void>;
}

function HotWordRow({ item, index, count, onChanged, onStale }: RowProps) {
  const [editing, setEditing] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const testId = `hot-word-${item.id}`;

  const apply = async (change: HotWordUpdateRequest) => {
    try {
      onChanged(await updateHotWord(item.id, change));
    } catch (error) {
      toastError(error);
      await onStale();
    }
  };
  const save = async () => {
    if (editing === null) return;
    const typed = hotWordProblem(editing);
    setProblem(typed);
    if (typed) return;
    try {
      onChanged(await updateHotWord(item.id, { word: editing.trim() }));
    } catch (error) {
      const refusal = wordRefusal(error);
      if (refusal) {
        setProblem(refusal);
        return;
      }
      toastError(error);
      await onStale();
    }
    setEditing(null);
  };
  const remove = async () => {
    const { confirm } = await Taro.showModal({ title: '删除热搜词', content: `删除「${item.word}」后，搜索页不再显示它。确定删除吗？`, confirmText: '删除', confirmColor: '#e4393c' });
    if (!confirm) return;
    try {
      onChanged(await deleteHotWord(item.id));
      toastSuccess('已删除');
    } catch (error) {
      toastError(error);
      await onStale();
    }
  };

  return (
    <View className='staff-list-row' data-testid={testId}>
      <Text className='mk-hot-word__place'>{index + 1}</Text>
      {editing === null ? (
        <>
          <View className='staff-grow staff-row'>
            <Text className='mk-hot-word__text' data-testid={`${testId}-text`}>
              {item.word}
            </Text>
            <Text className={`mk-status ${item.isActive ? 'mk-status--active' : 'mk-status--ended'}`} data-testid={`${testId}-state`}>
              {item.isActive ? '搜索页展示中' : '已停用'}
            </Text>
          </View>
          <View className='mk-hot-word__actions'>
            <SubmitButton variant='plain' disabled={index === 0} onSubmit={() => apply({ position: index - 1 })} testId={`${testId}-up`}>
              上移
            </SubmitButton>
            <SubmitButton variant='plain' disabled={index === count - 1} onSubmit={() => apply({ position: index + 1 })} testId={`${testId}-down`}>
              下移
            </SubmitButton>
            <SubmitButton variant={item.isActive ? 'plain' : 'primary'} onSubmit={() => apply({ isActive: !item.isActive })} testId={`${testId}-toggle`}>
              {item.isActive ? '停用' : '启用'}
            </SubmitButton>
            <SubmitButton
              variant='plain'
              onSubmit={async () => {
                setEditing(item.word);
                setProblem(null);
              }}
              testId={`${testId}-edit`}
            >
              修改
            </SubmitButton>
            <SubmitButton variant='plain' className='mk-danger' onSubmit={remove} testId={`${testId}-delete`}>
              删除
            </SubmitButton>
          </View>
        </>
      ) : (
        <View className='staff-grow'>
          <FormRow label={`「${item.word}」改为`} error={problem ?? undefined} testId={`${testId}-edit`}>
            <FormInput
              value={editing}
              onChange={(value) => {
                setEditing(value);
                setProblem(null);
              }}
              label={`修改「${item.word}」`}
              testId={`${testId}-input`}
            />
            <SubmitButton onSubmit={save} busyText='保存中…' testId={`${testId}-save`}>
              保存
            </SubmitButton>
            <SubmitButton variant='plain' onSubmit={async () => setEditing(null)} testId={`${testId}-cancel`}>
              取消
            </SubmitButton>
          </FormRow>
        </View>
      )}
    </View>
  );
}

/**
 * 热搜词: the chips the storefront's search page offers before the shopper types, in this order,
 * the ones switched on only. The marketer adds, renames, reorders, switches and deletes them.
 */
function HotWordsDesk() {
  const words = useAsyncData(fetchHotWordList, []);
  const shown = words.data?.filter((item) => item.isActive).length ?? 0;
  return (
    <View>
      <AddHotWord onAdded={words.setData} />
      <View className='staff-card'>
        <View className='staff-row staff-row--between'>
          <Text className='staff-title'>热搜词</Text>
          {words.data ? (
            <Text className='staff-muted' data-testid='hot-word-count'>
              共 {words.data.length} / {MAX_HOT_WORDS} 个，搜索页展示 {shown} 个
            </Text>
          ) : null}
        </View>
        <Text className='staff-muted'>顾客打开搜索页、还没输入时，按下面的顺序看到已启用的词。</Text>
        <AsyncView
          state={words}
          isEmpty={(items) => items.length === 0}
          empty={{ icon: 'search', title: '还没有热搜词', description: '在上方添加第一个词，搜索页就会展示「热门搜索」' }}
        >
          {(items) => (
            <View data-testid='hot-word-list'>
              {items.map((item, index) => (
                <HotWordRow key={item.id} item={item} index={index} count={items.length} onChanged={words.setData} onStale={words.reload} />
              ))}
            </View>
          )}
        </AsyncView>
      </View>
    </View>
  );
}

export default marketingPage('hotWords', HotWordsDesk);
