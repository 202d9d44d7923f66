// The customer's phone page in a real browser (headless Chromium through playwright-core),
// against a real counterdesk-cli serve that tst_hall_page started. Environment: CD_BASE
// (https://127.0.0.1:PORT), CD_KIOSK and CD_COUNTER (device tokens), CD_SERVICE, CD_SHOTS
// (folder for screenshots), CD_PLAYWRIGHT (playwright-core's folder), CD_CHROMIUM.
// Prints one "ok ..." line per check; exits non-zero at the first failure.
'use strict';
const { chromium } = require(process.env.CD_PLAYWRIGHT);

const base = process.env.CD_BASE;
const WAIT = 30000; // generous: the page updates within a second, but machines are slow

function check(cond, what) {
  if (!cond) throw new Error('FAILED: ' + what);
  console.log('ok ' + what);
}

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CD_CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const api = await browser.newContext({ ignoreHTTPSErrors: true });
    const call = async (path, token, body) => {
      const r = await api.request.post(base + path, {
        headers: { Authorization: 'Bearer ' + token }, data: body || {} });
      return { status: r.status(), json: r.status() === 204 ? null : await r.json() };
    };
    const issue = () => call('/api/v1/tickets', process.env.CD_KIOSK, { service: process.env.CD_SERVICE });
    const counter = (w, action) => call('/api/v1/windows/' + w + '/' + action, process.env.CD_COUNTER);

    // Two people before us.
    for (let i = 0; i < 2; ++i) check((await issue()).status === 201, 'ticket ahead issued');
    const mine = await issue();
    check(mine.status === 201 && mine.json.peopleAhead === 2, 'our ticket has 2 people ahead');
    const url = base + '/t/' + mine.json.token;

    const phone = await browser.newContext({
      ignoreHTTPSErrors: true, locale: 'zh-CN', viewport: { width: 390, height: 844 },
      deviceScaleFactor: 1 });
    const page = await phone.newPage();
    const response = await page.goto(url);
    check(response.status() === 200, 'GET /t/{token} answers 200');
    await page.waitForFunction(n => document.getElementById('number').textContent === n,
                               mine.json.number, { timeout: WAIT });
    check(true, 'the page shows number ' + mine.json.number);
    const text = id => page.locator('#' + id).innerText();
    check((await text('ahead')).includes('2'), 'people ahead: ' + await text('ahead'));
    check((await text('wait')).length > 0, 'estimated wait: ' + await text('wait'));
    check(await page.getAttribute('html', 'lang') === 'zh-CN', 'lang is zh-CN');
    check((await text('svc')).length > 0, 'service name: ' + await text('svc'));
    await page.screenshot({ path: process.env.CD_SHOTS + '/phone-page-waiting.png' });

    // A page without WebSockets falls back to polling every 15 s.
    const pollContext = await browser.newContext({ ignoreHTTPSErrors: true, locale: 'zh-CN' });
    await pollContext.addInitScript(() => { delete window.WebSocket; });
    const polled = await pollContext.newPage();
    await polled.goto(url);
    await polled.waitForFunction(() => /2/.test(document.getElementById('ahead').textContent),
                                 null, { timeout: WAIT });

    // Someone ahead is called: the position changes without reloading.
    check((await counter(1, 'call-next')).status === 200, 'window 1 calls the first ticket');
    await page.waitForFunction(() => /1/.test(document.getElementById('ahead').textContent) &&
                               !/2/.test(document.getElementById('ahead').textContent),
                               null, { timeout: WAIT });
    check(true, 'live: people ahead now ' + await text('ahead'));
    check(await page.locator('#call').isHidden(), 'no window shown while waiting');
    check((await counter(2, 'call-next')).status === 200, 'window 2 calls the second ticket');
    await page.waitForFunction(() => document.getElementById('ahead').textContent === '马上就到您',
                               null, { timeout: WAIT });
    check(true, 'live: next in line');
    await polled.waitForFunction(() => document.getElementById('ahead').textContent === '马上就到您',
                                 null, { timeout: WAIT + 20000 });
    check(true, 'without WebSocket the page caught up by polling');

    // Our turn: the window, big, in an assertive live region.
    // Window 1 is done with the first customer and calls ours.
    check((await counter(1, 'finish')).status === 200, 'window 1 finishes the first ticket');
    const called = await counter(1, 'call-next');
    check(called.status === 200 && called.json.number === mine.json.number, 'window 1 calls our ticket');
    await page.waitForFunction(() => /1/.test(document.getElementById('window').textContent),
                               null, { timeout: WAIT });
    check(await page.locator('#call').isVisible(), 'the call box is visible');
    check((await text('window')) === '请到 1 号窗口', 'window text: ' + await text('window'));
    const live = page.locator('[role=status][aria-live=assertive]');
    check((await live.innerText()).includes('1 号窗口'), 'live region announces: ' + await live.innerText());
    const size = await page.$eval('#window', e => parseFloat(getComputedStyle(e).fontSize));
    check(size >= 48, 'window text is large (' + size + ' px)');
    check(await page.locator('#facts').isHidden(), 'people ahead hidden once called');
    await page.screenshot({ path: process.env.CD_SHOTS + '/phone-page.png' });

    // The customer's language, when the browser asks for it.
    for (const [locale, want, lang] of [['en-US', 'Please go to window 1', 'en'],
                                         ['zh-TW', '請到 1 號窗口', 'zh-TW']]) {
      const ctx = await browser.newContext({ ignoreHTTPSErrors: true, locale });
      const p = await ctx.newPage();
      await p.goto(url);
      await p.waitForFunction(w => document.getElementById('window').textContent === w, want,
                              { timeout: WAIT });
      check(await p.getAttribute('html', 'lang') === lang, locale + ': ' + want);
      await ctx.close();
    }

    // Served: the rating form appears; the customer picks 不满意, comments and sends it once.
    check((await counter(1, 'finish')).status === 200, 'window 1 finishes our ticket');
    await page.waitForSelector('#rate:not(.gone)', { timeout: WAIT });
    check(await page.locator('#stars button').count() === 5, 'five levels offered');
    check(await page.locator('#call').isHidden(), 'the call box is gone after service');
    check(await page.locator('#send').isDisabled(), 'nothing to send before a level is chosen');
    await page.locator('#stars button', { hasText: /^不满意$/ }).click();
    await page.fill('#comment', '等候时间太长');
    await page.click('#send');
    await page.waitForFunction(() => document.getElementById('rateNote').textContent.includes('感谢'),
                               null, { timeout: WAIT });
    check(await page.locator('#stars button:disabled').count() === 5, 'rated: the form is closed');
    await page.screenshot({ path: process.env.CD_SHOTS + '/phone-page-rated.png' });
    // The host keeps one rating per ticket: a second page is told kindly.
    const again = await browser.newContext({ ignoreHTTPSErrors: true, locale: 'zh-CN' });
    const a2 = await again.newPage();
    await a2.goto(url);
    await a2.waitForSelector('#rate:not(.gone)', { timeout: WAIT });
    await a2.locator('#stars button').first().click();
    await a2.click('#send');
    await a2.waitForFunction(() => document.getElementById('rateNote').textContent.includes('已经评价'),
                             null, { timeout: WAIT });
    check(true, 'a second rating is refused kindly');
    await again.close();

    // An unknown (or expired) ticket: 404 and a kind message.
    const gone = await browser.newContext({ ignoreHTTPSErrors: true, locale: 'zh-CN' });
    const g = await gone.newPage();
    const r404 = await g.goto(base + '/t/AAAAAAAAAAAAAAAAAAAAAA');
    check(r404.status() === 404, 'unknown token: 404');
    await g.waitForFunction(() => document.getElementById('note').textContent.includes('重新取号'),
                            null, { timeout: WAIT });
    check(true, 'unknown token: ' + await g.locator('#note').innerText());
    await g.screenshot({ path: process.env.CD_SHOTS + '/phone-page-expired.png' });

    // A booking's own page (the link of its SMS): the code and its QR code, then cancelling.
    const bk = await browser.newContext({
      ignoreHTTPSErrors: true, locale: 'zh-CN', viewport: { width: 390, height: 844 },
      deviceScaleFactor: 1 });
    const b = await bk.newPage();
    const bookingUrl = base + '/b/' + process.env.CD_BOOKING;
    check((await b.goto(bookingUrl)).status() === 200, 'booking page: 200');
    await b.waitForFunction(code => document.getElementById('code').textContent === code,
                            process.env.CD_BOOKING_CODE, { timeout: WAIT });
    check(await b.locator('#state').innerText() === '已预约', 'booking page: booked');
    check((await b.locator('#qr path').getAttribute('d')).length > 100, 'booking page: QR code drawn');
    const masked = await b.locator('#phone').innerText();
    check(masked.includes('*') && !masked.includes('12345678'), 'booking page: phone masked: ' + masked);
    check(await b.locator('#cancel').isVisible(), 'booking page: can be cancelled');
    await b.screenshot({ path: process.env.CD_SHOTS + '/booking-page.png' });
    await b.click('#cancel');
    check(await b.locator('#keep').isVisible(), 'booking page: asks before cancelling');
    await b.click('#confirm');
    await b.waitForFunction(() => document.getElementById('state').textContent === '已取消',
                            null, { timeout: WAIT });
    check(!(await b.locator('#cancel').isVisible()), 'booking page: no cancel button any more');
    check((await b.locator('#note').innerText()).includes('已取消'), 'booking page: cancelled');
    await b.screenshot({ path: process.env.CD_SHOTS + '/booking-page-cancelled.png' });
    const again2 = await api.request.post(base + '/api/v1/b/' + process.env.CD_BOOKING + '/cancel',
                                          { data: {} });
    check(again2.status() === 409, 'booking page: a second cancel is refused');
    const unknown = await b.goto(base + '/b/AAAAAAAAAAAAAAAAAAAAAA');
    check(unknown.status() === 404, 'unknown booking: 404');
    await bk.close();

    await bookOnThePhone(browser, api);
  } finally {
    await browser.close();
  }
}

// Booking on the phone (GET /book): service, day, slot, name and phone, then the booking's own
// page with its code; a wrong number is explained before anything is sent; a slot taken by
// others meanwhile is refused by the host and said so, and refreshing shows it full.
async function bookOnThePhone(browser, api) {
  const service = process.env.CD_BOOK_SERVICE;
  const ctx = await browser.newContext({
    ignoreHTTPSErrors: true, locale: 'zh-CN', viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1 });
  const p = await ctx.newPage();
  let posts = 0;
  p.on('request', r => { if (r.method() === 'POST' && r.url().endsWith('/api/v1/book')) ++posts; });
  check((await p.goto(base + '/book')).status() === 200, 'phone booking: GET /book answers 200');
  // The label of a choice (a radio button inside it), as a finger or a mouse would use it.
  const labelOf = (group, value) =>
    p.locator('label.choice:has(input[name=' + group + '][value="' + value + '"])');
  const svc = p.locator('input[name=service][value="' + service + '"]');
  await svc.waitFor({ timeout: WAIT });
  const svcLabel = labelOf('service', service);
  const svcName = (await svcLabel.innerText()).trim();
  check(/[\u4e00-\u9fff]/.test(svcName), 'phone booking: service named in Chinese: ' + svcName);
  check(await p.getAttribute('html', 'lang') === 'zh-CN', 'phone booking: lang is zh-CN');
  await svcLabel.click();
  // The last day offered: far enough ahead that every slot is open and empty.
  await p.waitForSelector('input[name=day]', { timeout: WAIT });
  const days = p.locator('input[name=day]');
  const dayCount = await days.count();
  check(dayCount >= 2, 'phone booking: ' + dayCount + ' days offered');
  const day = await days.nth(dayCount - 1).getAttribute('value');
  const dayLabel = (await labelOf('day', day).innerText()).trim();
  check(/周[一二三四五六日]/.test(dayLabel), 'phone booking: day shown as ' + dayLabel);
  await labelOf('day', day).click();
  await p.waitForSelector('input[name=slot]', { timeout: WAIT });
  const slots = p.locator('input[name=slot]');
  const first = slots.first();
  const time = await first.getAttribute('value');
  const slotText = (await labelOf('slot', time).innerText()).replace(/\s+/g, ' ');
  check(/^\d\d:\d\d —\s?还剩 \d+ 个名额$/.test(slotText), 'phone booking: slot shown as "' + slotText + '"');
  await labelOf('slot', time).click();
  check(await first.isChecked(), 'phone booking: slot ' + time + ' chosen');

  // A wrong number: explained at the field, focus on it, nothing sent.
  await p.fill('#name', '欧阳娜娜');
  await p.fill('#phone', '139 1234');
  await p.click('#submit');
  await p.waitForFunction(() => document.getElementById('phoneErr').textContent.includes('11 位'),
                          null, { timeout: WAIT });
  check(await p.getAttribute('#phone', 'aria-invalid') === 'true', 'phone booking: wrong number marked');
  check(await p.evaluate(() => document.activeElement.id) === 'phone', 'phone booking: focus on the number');
  check((await p.locator('#msg').innerText()).includes('红字'), 'phone booking: said in the live region');
  check(posts === 0, 'phone booking: nothing sent for a wrong number');
  await p.screenshot({ path: process.env.CD_SHOTS + '/book-page-invalid.png', fullPage: true });

  // Corrected with the keyboard (Tab from the name), then sent.
  await p.focus('#name');
  await p.keyboard.press('Tab');
  check(await p.evaluate(() => document.activeElement.id) === 'phone', 'phone booking: Tab reaches the number');
  await p.fill('#phone', '139 0000 2222');
  await p.keyboard.press('Enter');
  await p.waitForURL(/\/b\/[A-Za-z0-9_-]{22}$/, { timeout: WAIT });
  await p.waitForFunction(() => /^[2-9A-Z]{8}$/.test(document.getElementById('code').textContent),
                          null, { timeout: WAIT });
  const code = await p.locator('#code').innerText();
  check((await p.locator('#when').innerText()) === day + ' ' + time,
        'phone booking: the booking page shows ' + day + ' ' + time);
  check((await p.locator('#svc').innerText()).trim() === svcName, 'phone booking: same service');
  check((await p.locator('#phone').innerText()).includes('*'), 'phone booking: phone masked');
  check(posts === 1, 'phone booking: one POST');
  console.log('BOOKED ' + code);
  check(true, 'phone booking: landed on the booking page with code ' + code);
  await p.screenshot({ path: process.env.CD_SHOTS + '/book-page-booked.png' });

  // Someone else takes the second slot's last places between choosing and sending.
  await p.goto(base + '/book?service=' + encodeURIComponent(service));
  await p.locator('input[name=day][value="' + day + '"]').waitFor({ timeout: WAIT });
  check(await p.locator('input[name=service][value="' + service + '"]').isChecked(),
        'phone booking: ?service= preselects it');
  await labelOf('day', day).click();
  await p.waitForSelector('input[name=slot]', { timeout: WAIT });
  const second = p.locator('input[name=slot]').nth(1);
  const taken = await second.getAttribute('value');
  await labelOf('slot', taken).click();
  await p.fill('#name', '李四');
  await p.fill('#phone', '13900003333');
  for (const phone of ['13900004444', '13900005555']) {
    const r = await api.request.post(base + '/api/v1/book', { data: {
      service, date: day, time: taken, name: '王五', phone } });
    check(r.status() === 201, 'phone booking: another customer took ' + taken);
  }
  await p.click('#submit');
  await p.waitForFunction(() => document.getElementById('msgText').textContent.includes('约满'),
                          null, { timeout: WAIT });
  check(true, 'phone booking: full slot refused and shown: ' + await p.locator('#msgText').innerText());
  check(await p.locator('#again').isVisible(), 'phone booking: offers to refresh the times');
  check(!(await p.locator('#submit').isDisabled()), 'phone booking: can send again');
  check(p.url().endsWith('/book?service=' + service), 'phone booking: stayed on the form');
  await p.screenshot({ path: process.env.CD_SHOTS + '/book-page-full.png', fullPage: true });
  await p.click('#again');
  await p.waitForFunction(t => {
    const e = document.querySelector('input[name=slot][value="' + t + '"]');
    return e && e.disabled;
  }, taken, { timeout: WAIT });
  const fullText = await labelOf('slot', taken).innerText();
  check(fullText.includes('已约满'), 'phone booking: after refreshing, ' + taken + ' shows ' + fullText.replace(/\s+/g, ' '));
  check(await p.evaluate(() => document.activeElement.name) === 'slot', 'phone booking: focus back on the times');
  await p.screenshot({ path: process.env.CD_SHOTS + '/book-page.png', fullPage: true });
  await ctx.close();

  // In English when the browser asks.
  const en = await browser.newContext({ ignoreHTTPSErrors: true, locale: 'en-GB' });
  const e = await en.newPage();
  await e.goto(base + '/book');
  await e.locator('input[name=service]').first().waitFor({ timeout: WAIT });
  check(await e.locator('h1').innerText() === 'Book a visit', 'phone booking: en title');
  check(await e.getAttribute('html', 'lang') === 'en', 'phone booking: lang is en');
  const enName = (await e.locator('label.choice:has(input[value="' + service + '"])').innerText()).trim();
  check(enName.length > 0 && !/[\u4e00-\u9fff]/.test(enName), 'phone booking: service named in English: ' + enName);
  await en.close();
}

main().then(() => process.exit(0), e => { console.error(e && e.stack || e); process.exit(1); });
