import { answersBefore, chooserHref, type Answers } from '../../chooser/answers';
import { getOption, getQuestion, type QuestionId } from '../../chooser/questions';

/** The address to answer this question again: the answers before it, and the question to ask. */
function changeHref(answers: Answers, question: QuestionId): string {
  const before = chooserHref(answersBefore(answers, question));
  if (question === 'want') return before;
  return `${before}${before.includes('?') ? '&' : '?'}ask=${question}`;
}

/** The answers given, each with a link back to that question to change it. */
export function AnswerSummary({ answers }: { answers: Answers }) {
  const given = (Object.keys(answers) as QuestionId[]).flatMap((id) => {
    const question = getQuestion(id);
    const option = question && getOption(question, answers[id]!);
    return question && option ? [{ question, option }] : [];
  });
  return (
    <section aria-labelledby="chooser-answers">
      <h3 id="chooser-answers">Your answers</h3>
      {given.length === 0 ? (
        <p>You have not answered any questions yet.</p>
      ) : (
        <dl class="chooser-answers">
          {given.map(({ question, option }) => (
            <div key={question.id}>
              <dt>{question.prompt}</dt>
              <dd>
                {option.label}{' '}
                <a
                  href={changeHref(answers, question.id)}
                  aria-label={`Change your answer to: ${question.prompt}`}
                >
                  Change
                </a>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
