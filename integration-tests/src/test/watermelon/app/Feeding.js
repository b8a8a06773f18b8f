// The model. Plain accessors so that Node runs it as it is; with Babel's decorators the same model
// reads @date('feeding_time') feedingTime, @field('food_type') foodType, @field('notes') notes,
// @readonly @date('created_at') createdAt, @readonly @date('updated_at') updatedAt.
const { Model } = require('@nozbe/watermelondb')

class Feeding extends Model {
  static table = 'feeding_records'

  get feedingTime() {
    return new Date(this._getRaw('feeding_time'))
  }
  set feedingTime(date) {
    this._setRaw('feeding_time', date.getTime())
  }
  get foodType() {
    return this._getRaw('food_type')
  }
  set foodType(value) {
    this._setRaw('food_type', value)
  }
  get notes() {
    return this._getRaw('notes')
  }
  set notes(value) {
    this._setRaw('notes', value)
  }
}

module.exports = { Feeding }
