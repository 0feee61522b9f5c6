plansiteSearchLoaded("w/p0/na",{
"nam":[0,-16,0,-20,0,-21,0,-26,0,-27]
});
