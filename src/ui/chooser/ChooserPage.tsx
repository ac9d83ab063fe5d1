import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { hasInformation, parseAnswers, type Answers } from '../../chooser/answers';
import { nextQuestion, refineQuestions, usefulQuestions } from '../../chooser/next-question';
import { getQuestion, QUESTIONS } from '../../chooser/questions';
import { rankTechniques } from '../../chooser/rank';
import { techniques as allTechniques } from '../../content/catalog';
import type { TechniqueCard } from '../../content/types';
import { ChooserResult } from './ChooserResult';
import { QuestionStep } from './QuestionStep';

const NO_ANSWERS: Answers = {};

/**
 * /choose: one question at a time, then the suggestion. The answers live in the address, so Back,
 * bookmarks and shared links work, offline too. The page is prerendered with no answers; the
 * address's answers are applied after mount, so hydration matches the prerendered HTML.
 */
export function ChooserPage({
  techniques = allTechniques,
}: {
  techniques?: readonly TechniqueCard[];
}) {
  const { url } = useLocation();
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const search = mounted ? new URL(url, 'http://local').search : '';
  const answers = useMemo(() => (search ? parseAnswers(search) : NO_ANSWERS), [search]);
  // Until an answer says something, ask; once there is a suggestion, show it at once, with the
  // questions that could refine it (one tap for an answer, one more to refine it).
  const question = useMemo(
    () => (hasInformation(answers) ? undefined : nextQuestion(techniques, answers)),
    [techniques, answers],
  );
  // "Change" on an answer asks that question again, first.
  const ask = search ? new URLSearchParams(search).get('ask') : null;
  const more = useMemo(() => {
    if (question) return usefulQuestions(techniques, answers);
    const refine = refineQuestions(techniques, answers);
    const asked = ask ? getQuestion(ask) : undefined;
    return asked && !(asked.id in answers) ? [asked, ...refine.filter((q) => q !== asked)] : refine;
  }, [techniques, answers, question, ask]);
  const step = question ? `q-${question.id}` : 'result';

  // Mark history entries made by answering, so our Back button can step back through history
  // (and, after a shared link, go to the previous question without leaving the app).
  const answering = useRef(false);
  useEffect(() => {
    if (!answering.current) return;
    answering.current = false;
    history.replaceState({ ...(history.state as object | null), chooserStep: true }, '');
  }, [url]);

  // Move focus to each new question or the result, as a new page would, so screen readers announce it.
  // Not on first load: a fresh page starts at the top.
  const heading = useRef<HTMLHeadingElement>(null);
  const firstAnswers = useRef<Answers | null>(null);
  useEffect(() => {
    if (!mounted) return;
    if (firstAnswers.current === null) firstAnswers.current = answers;
    else heading.current?.focus();
  }, [mounted, answers]);

  return (
    <>
      <h1>Choose a technique</h1>
      {question ? (
        <QuestionStep
          key={step}
          question={question}
          answers={answers}
          more={more.length > 0 ? QUESTIONS.filter((q) => !(q.id in answers)).length - 1 : 0}
          headingRef={heading}
          onAnswer={() => (answering.current = true)}
        />
      ) : (
        <ChooserResult
          key={step}
          ranked={rankTechniques(techniques, answers)}
          answers={answers}
          refine={more}
          onAnswer={() => (answering.current = true)}
          headingRef={heading}
        />
      )}
    </>
  );
}
