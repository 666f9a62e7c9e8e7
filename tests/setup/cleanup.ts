// Runs in every test file: its temporary folders go when the file's tests end.
import {afterAll} from 'vitest'
import {removeTemporaryFolders} from '../helpers/temporary.js'

afterAll(removeTemporaryFolders)
