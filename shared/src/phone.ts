/**
 * "139****2222": how a phone number appears in every staff and marketer view, and on the
 * buyer's own address cards. Anything that is not an 11-digit mainland number is shown as is.
 */
export function maskPhone(phone: string): string {
  return /^\d{11}$/.test(phone) ? `${phone.slice(0, 3)}****${phone.slice(7)}` : phone;
}
