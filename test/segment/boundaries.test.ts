// Hand-written boundary cases per language: the text, and the sentences it must split into.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/segment/index.js';

type Row = [lang: string, text: string, expected: string[]];

const rows: Row[] = [
  // abbreviations, prepositive titles
  ['en', 'Dr. Watson met Mr. Holmes. They talked.', ['Dr. Watson met Mr. Holmes.', 'They talked.']],
  ['en', 'Prof. Lee works for Acme Inc. in the U.S. and likes it.', ['Prof. Lee works for Acme Inc. in the U.S. and likes it.']],
  ['en', 'She arrived at 9 a.m. The meeting started late.', ['She arrived at 9 a.m.', 'The meeting started late.']],
  ['en', 'Martin Luther King Jr. was born in 1929. He died in 1968.', ['Martin Luther King Jr. was born in 1929.', 'He died in 1968.']],
  ['en', 'Bring apples, pears, etc. and some bread.', ['Bring apples, pears, etc. and some bread.']],
  ['en', 'See No. 5 on the list. It is there.', ['See No. 5 on the list.', 'It is there.']],
  ['en', 'John F. Kennedy spoke. Crowds cheered.', ['John F. Kennedy spoke.', 'Crowds cheered.']],
  ['id', 'Rapat di Jl. Sudirman dihadiri Prof. Budi, dll. dan berlangsung lama. Hasilnya baik.', ['Rapat di Jl. Sudirman dihadiri Prof. Budi, dll. dan berlangsung lama.', 'Hasilnya baik.']],
  ['id', 'Ia membeli buku, pena, dsb. untuk sekolah. Harganya Rp. 50.000.', ['Ia membeli buku, pena, dsb. untuk sekolah.', 'Harganya Rp. 50.000.']],
  ['de', 'Das ist z. B. ein Test. Wir treffen uns am 12. Juni in Berlin.', ['Das ist z. B. ein Test.', 'Wir treffen uns am 12. Juni in Berlin.']],
  ['de', 'Hr. Müller kam bzw. ging. Dann regnete es.', ['Hr. Müller kam bzw. ging.', 'Dann regnete es.']],
  ['es', 'El Sr. García y la Dra. López llegaron. Todo fue bien.', ['El Sr. García y la Dra. López llegaron.', 'Todo fue bien.']],
  ['es', '¿Vienes mañana? ¡Claro que sí! Nos vemos.', ['¿Vienes mañana?', '¡Claro que sí!', 'Nos vemos.']],
  ['fr', 'M. Dupont et Mme Martin sont arrivés. Ils repartent demain.', ['M. Dupont et Mme Martin sont arrivés.', 'Ils repartent demain.']],
  // numbers and dates
  ['id', 'Pertemuan digelar pada hari Jumat (4/1). Hasilnya diumumkan kemudian.', ['Pertemuan digelar pada hari Jumat (4/1).', 'Hasilnya diumumkan kemudian.']],
  ['de', 'Am 4.1.2023 stieg der Kurs um 3.5 Prozent. Das war viel.', ['Am 4.1.2023 stieg der Kurs um 3.5 Prozent.', 'Das war viel.']],
  ['en', 'It cost $1,000.50 in total. That is a lot.', ['It cost $1,000.50 in total.', 'That is a lot.']],
  // URLs, e-mails, handles
  ['en', 'Visit https://example.com/a.b?c=d. Then write to info@example.org. Or ping @user.name now.', ['Visit https://example.com/a.b?c=d.', 'Then write to info@example.org.', 'Or ping @user.name now.']],
  ['en', 'Go to www.example.com for details. Thanks.', ['Go to www.example.com for details.', 'Thanks.']],
  // quotes
  ['en', 'He said, "We are ready. Let us go." Then he left.', ['He said, "We are ready. Let us go."', 'Then he left.']],
  ['en', '"Is it true?" she asked. Nobody answered.', ['"Is it true?" she asked.', 'Nobody answered.']],
  ['de', '„Ich komme morgen.“ Er ging.', ['„Ich komme morgen.“', 'Er ging.']],
  ['fr', '« Je viens demain. » Il est parti.', ['« Je viens demain. »', 'Il est parti.']],
  ['en', 'The “quick” fox ran. It was fast.', ['The “quick” fox ran.', 'It was fast.']],
  // ellipses
  ['en', 'I was thinking... maybe not. Well… He left.', ['I was thinking... maybe not.', 'Well…', 'He left.']],
  ['en', 'Wait for it... The end.', ['Wait for it...', 'The end.']],
  // lists
  ['en', '1.) First thing 2.) Second thing', ['1.) First thing', '2.) Second thing']],
  ['en', 'a) apples b) pears c) plums', ['a) apples', 'b) pears', 'c) plums']],
  ['en', '1. Open the box 2. Take it out', ['1. Open the box', '2. Take it out']],
  // non-Latin marks
  ['ar', 'هل أنت بخير؟ نعم، أنا بخير.', ['هل أنت بخير؟', 'نعم، أنا بخير.']],
  ['ur', 'یہ ایک جملہ ہے۔ یہ دوسرا ہے۔', ['یہ ایک جملہ ہے۔', 'یہ دوسرا ہے۔']],
  ['hi', 'यह पहला वाक्य है। यह दूसरा है।', ['यह पहला वाक्य है।', 'यह दूसरा है।']],
  ['am', 'ሰላም ነው። ደህና ነኝ፧', ['ሰላም ነው።', 'ደህና ነኝ፧']],
  ['hy', 'Բարեւ։ Ինչպես ես։', ['Բարեւ։', 'Ինչպես ես։']],
  ['my', 'မင်္ဂလာပါ။ နေကောင်းလား။', ['မင်္ဂလာပါ။', 'နေကောင်းလား။']],
  ['zh', '今天天气很好。我们去公园吧！好吗？', ['今天天气很好。', '我们去公园吧！', '好吗？']],
  ['zh', '我看了《你好！世界》这本书。很好。', ['我看了《你好！世界》这本书。', '很好。']],
  ['it', "Ho parlato con l'Avv. Rossi. Era contento.", ["Ho parlato con l'Avv. Rossi.", 'Era contento.']],
  ['es', 'Viajó a los EE. UU. en 2020. Volvió pronto.', ['Viajó a los EE. UU. en 2020.', 'Volvió pronto.']],
  ['en', 'It was cited twice.[3][4] Nobody objected.', ['It was cited twice.[3][4]', 'Nobody objected.']],
  ['en', 'The trial ended (in 2019).12 Appeals followed.', ['The trial ended (in 2019).12', 'Appeals followed.']],
  ['de', 'Vom 1. bis 3. Mai ist geschlossen. Danke.', ['Vom 1. bis 3. Mai ist geschlossen.', 'Danke.']],
  ['en', 'I saw it.Then I left.', ['I saw it.', 'Then I left.']],
  // headings: one line each
  ['en', 'Storm hits the coast\nThousands lost power on Monday.', ['Storm hits the coast', 'Thousands lost power on Monday.']],
];

describe('splitSentences boundaries', () => {
  it.each(rows)('[%s] %s', async (lang, text, expected) => {
    const got = await splitSentences(text, { lang, detectLanguage: false });
    expect(got.map((s) => s.text)).toEqual(expected);
    for (const s of got) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
